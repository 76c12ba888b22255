def roc_auc(labels: list[int], scores: list[float]) -> float:
    # Rank-sum with ordinal ranks: tied scores get distinct ranks in input
    # order, so a tie counts as a full win or a full loss instead of 1/2.
    n = len(scores)
    order = sorted(range(n), key=lambda i: scores[i])
    rank_sum_pos = 0
    for r, i in enumerate(order, start=1):
        if labels[i] == 1:
            rank_sum_pos += r
    p = sum(1 for y in labels if y == 1)
    q = n - p
    return (rank_sum_pos - p * (p + 1) / 2.0) / (p * q)
