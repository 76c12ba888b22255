def recall_at_precision(labels: list[int], scores: list[float], min_precision: float) -> list[float]:
    """Best recall reachable with precision >= min_precision.

    Candidate thresholds are the distinct scores; predict positive when score >= t.
    Return [t, recall] for the feasible t with the highest recall (ties: the highest t),
    or [inf, 0.0] when no threshold reaches the precision floor.
    """
    raise NotImplementedError
