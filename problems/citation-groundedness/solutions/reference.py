def citation_metrics(claim_citations: list[list[int]], supports: list[list[int]]) -> dict:
    supported = {(c, s) for c, s in supports}
    grounded = 0
    n_citations = 0
    good_citations = 0
    unsupported = []
    for i, cited in enumerate(claim_citations):
        ok = False
        for s in cited:
            n_citations += 1
            if (i, s) in supported:
                good_citations += 1
                ok = True
        if ok:
            grounded += 1
        else:
            unsupported.append(i)  # includes claims that cite nothing
    n_claims = len(claim_citations)
    return {
        "grounded_rate": grounded / n_claims if n_claims else 1.0,
        "citation_precision": good_citations / n_citations if n_citations else 1.0,
        "unsupported": unsupported,
    }
