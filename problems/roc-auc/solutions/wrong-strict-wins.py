def roc_auc(labels: list[int], scores: list[float]) -> float:
    # Counts only strict wins: a tied positive/negative pair adds 0 instead of 1/2.
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    wins = 0
    neg_below = 0
    i = 0
    n = len(order)
    while i < n:
        j = i
        while j < n and scores[order[j]] == scores[order[i]]:
            j += 1
        g_pos = sum(1 for t in range(i, j) if labels[order[t]] == 1)
        wins += g_pos * neg_below
        neg_below += (j - i) - g_pos
        i = j
    p = sum(1 for y in labels if y == 1)
    return wins / (p * (n - p))
