def recall_at_precision(labels: list[int], scores: list[float], min_precision: float) -> list[float]:
    n = len(scores)
    total_pos = sum(labels)
    order = sorted(range(n), key=lambda i: -scores[i])
    best_t, best_recall = float("inf"), 0.0
    best_tp = 0
    tp = fp = 0
    i = 0
    while i < n:
        t = scores[order[i]]
        # a threshold admits the whole group of tied scores at once
        while i < n and scores[order[i]] == t:
            if labels[order[i]] == 1:
                tp += 1
            else:
                fp += 1
            i += 1
        if tp / (tp + fp) >= min_precision and tp > best_tp:
            best_tp = tp
            best_t, best_recall = t, tp / total_pos
    return [best_t, best_recall]
