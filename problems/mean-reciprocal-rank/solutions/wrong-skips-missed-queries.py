def mrr_at_k(rankings: list[list[int]], relevant: list[list[int]], k: int) -> float:
    # Averages only over queries that found something, so queries where the
    # system failed completely do not pull the mean down.
    rrs = []
    for ranked, rel in zip(rankings, relevant):
        rel_set = set(rel)
        for pos, item in enumerate(ranked[:k]):
            if item in rel_set:
                rrs.append(1.0 / (pos + 1))
                break
    return sum(rrs) / len(rrs) if rrs else 0.0
