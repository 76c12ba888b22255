def grounding_check(claims: list[str], passages: list[str], scores: list[float],
                    min_score: float, min_overlap: float) -> dict:
    """{"answer": bool, "unsupported": [claim indices]}: a claim is supported when one passage
    with score >= min_score contains at least min_overlap of its distinct non-stopword tokens."""
    raise NotImplementedError
