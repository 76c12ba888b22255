def roc_auc(labels: list[int], scores: list[float]) -> float:
    # Mann-Whitney U: sum of the (tie-averaged) ranks of the positives.
    n = len(scores)
    order = sorted(range(n), key=lambda i: scores[i])
    rank_sum_pos = 0.0
    i = 0
    while i < n:
        j = i
        while j + 1 < n and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        avg_rank = (i + j) / 2.0 + 1.0  # 1-based ranks i+1 .. j+1 share their mean
        for t in range(i, j + 1):
            if labels[order[t]] == 1:
                rank_sum_pos += avg_rank
        i = j + 1
    p = sum(1 for y in labels if y == 1)
    q = n - p
    return (rank_sum_pos - p * (p + 1) / 2.0) / (p * q)
