def mrr_at_k(rankings: list[list[int]], relevant: list[list[int]], k: int) -> float:
    if not rankings:
        return 0.0
    total = 0.0
    for ranked, rel in zip(rankings, relevant):
        rel_set = set(rel)
        for pos, item in enumerate(ranked[:k]):
            if item in rel_set:
                total += 1.0 / (pos + 1)
                break
    return total / len(rankings)
