def mrr_at_k(rankings: list[list[int]], relevant: list[list[int]], k: int) -> float:
    # Forgets to stop at the first hit: the reciprocal rank of the LAST
    # relevant item in the top k overwrites the first one.
    if not rankings:
        return 0.0
    total = 0.0
    for ranked, rel in zip(rankings, relevant):
        rr = 0.0
        for pos, item in enumerate(ranked[:k]):
            if item in rel:
                rr = 1.0 / (pos + 1)
        total += rr
    return total / len(rankings)
