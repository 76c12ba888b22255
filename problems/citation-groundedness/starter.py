def citation_metrics(claim_citations: list[list[int]], supports: list[list[int]]) -> dict:
    """Groundedness of a generated answer split into claims.

    claim_citations[i]: source ids cited by claim i (may be empty).
    supports: [claim_index, source_id] pairs where the source supports the claim.
    Return {"grounded_rate", "citation_precision", "unsupported"} as defined in the
    statement; a ratio with a zero denominator is 1.0.
    """
    raise NotImplementedError
