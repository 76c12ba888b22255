def precision_at_k(ranked: list[int], relevant: list[int], k: int) -> float:
    rel = set(relevant)
    hits = sum(1 for item in ranked[:k] if item in rel)
    return hits / k
