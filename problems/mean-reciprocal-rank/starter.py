def mrr_at_k(rankings: list[list[int]], relevant: list[list[int]], k: int) -> float:
    """Mean reciprocal rank with cutoff k.

    For query q, the reciprocal rank is 1 / (1-based position of the first item of
    rankings[q][:k] that is in relevant[q]), or 0 if there is none.
    Return the mean over all queries (0.0 when there are no queries).
    """
    raise NotImplementedError
