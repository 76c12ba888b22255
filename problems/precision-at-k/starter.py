def precision_at_k(ranked: list[int], relevant: list[int], k: int) -> float:
    """Fraction of the first k positions of `ranked` that hold a relevant item.

    Always divide by k, even when `ranked` has fewer than k items.
    """
    raise NotImplementedError
