def citation_metrics(claim_citations: list[list[int]], supports: list[list[int]]) -> dict:
    # Only looks at claims that carry a citation: a claim with no citation at
    # all (the typical hallucination) is skipped instead of counted as unsupported.
    supported = {(c, s) for c, s in supports}
    cited_claims = 0
    grounded = 0
    n_citations = 0
    good = 0
    unsupported = []
    for i, cited in enumerate(claim_citations):
        if not cited:
            continue
        cited_claims += 1
        hits = sum(1 for s in cited if (i, s) in supported)
        n_citations += len(cited)
        good += hits
        if hits:
            grounded += 1
        else:
            unsupported.append(i)
    return {
        "grounded_rate": grounded / cited_claims if cited_claims else 1.0,
        "citation_precision": good / n_citations if n_citations else 1.0,
        "unsupported": unsupported,
    }
