def citation_metrics(claim_citations: list[list[int]], supports: list[list[int]]) -> dict:
    # Averages a per-claim precision over cited claims instead of pooling all
    # citations, so a claim with one citation weighs as much as one with five.
    supported = {(c, s) for c, s in supports}
    grounded = 0
    per_claim = []
    unsupported = []
    for i, cited in enumerate(claim_citations):
        hits = sum(1 for s in cited if (i, s) in supported)
        if cited:
            per_claim.append(hits / len(cited))
        if hits:
            grounded += 1
        else:
            unsupported.append(i)
    n = len(claim_citations)
    return {
        "grounded_rate": grounded / n if n else 1.0,
        "citation_precision": sum(per_claim) / len(per_claim) if per_claim else 1.0,
        "unsupported": unsupported,
    }
