def precision_at_k(ranked: list[int], relevant: list[int], k: int) -> float:
    # Divides by the number of items actually returned, which rewards a
    # system for returning fewer than k results.
    rel = set(relevant)
    top = ranked[:k]
    if not top:
        return 0.0
    return sum(1 for item in top if item in rel) / len(top)
