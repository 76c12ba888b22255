def precision_at_k(ranked: list[int], relevant: list[int], k: int) -> float:
    # Counts, for every entry of `relevant`, whether it appears in the top k.
    # A relevant id listed twice is counted twice.
    top = set(ranked[:k])
    hits = sum(1 for item in relevant if item in top)
    return hits / k
