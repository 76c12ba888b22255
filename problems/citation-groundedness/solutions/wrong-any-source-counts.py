def citation_metrics(claim_citations: list[list[int]], supports: list[list[int]]) -> dict:
    # Treats a claim as grounded when ANY source supports it, even one the
    # claim does not cite, so misattributed citations go unnoticed.
    supported_claims = {c for c, _ in supports}
    supported = {(c, s) for c, s in supports}
    n = len(claim_citations)
    unsupported = [i for i in range(n) if i not in supported_claims]
    n_citations = sum(len(c) for c in claim_citations)
    good = sum(1 for i, cited in enumerate(claim_citations) for s in cited if (i, s) in supported)
    return {
        "grounded_rate": (n - len(unsupported)) / n if n else 1.0,
        "citation_precision": good / n_citations if n_citations else 1.0,
        "unsupported": unsupported,
    }
