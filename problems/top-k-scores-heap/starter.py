def top_k(scores: list[float], k: int) -> list[int]:
    """Return the indices of the k highest scores, best first; ties go to the lower index."""
    raise NotImplementedError
