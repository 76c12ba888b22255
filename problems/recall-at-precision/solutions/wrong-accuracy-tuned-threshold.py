def recall_at_precision(labels: list[int], scores: list[float], min_precision: float) -> list[float]:
    # Tunes the threshold for accuracy and only then checks the precision
    # floor. With rare positives, accuracy prefers flagging almost nothing.
    n = len(scores)
    total_pos = sum(labels)
    order = sorted(range(n), key=lambda i: -scores[i])
    best_acc, best = -1.0, None
    tp = fp = 0
    i = 0
    while i < n:
        t = scores[order[i]]
        while i < n and scores[order[i]] == t:
            if labels[order[i]] == 1:
                tp += 1
            else:
                fp += 1
            i += 1
        acc = (tp + (n - total_pos - fp)) / n
        if acc > best_acc:
            best_acc, best = acc, (t, tp, fp)
    t, tp, fp = best
    if tp / (tp + fp) >= min_precision:
        return [t, tp / total_pos]
    return [float("inf"), 0.0]
