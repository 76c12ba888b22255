def precision_at_k(ranked: list[int], relevant: list[int], k: int) -> float:
    # Correct counts, but `item in relevant` scans the list every time:
    # O(k * |relevant|), too slow for large judgment lists.
    hits = 0
    for item in ranked[:k]:
        if item in relevant:
            hits += 1
    return hits / k
