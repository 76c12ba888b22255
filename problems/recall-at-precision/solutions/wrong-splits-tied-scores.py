def recall_at_precision(labels: list[int], scores: list[float], min_precision: float) -> list[float]:
    # Evaluates a cut after every sorted position, so it can "stop" in the
    # middle of a group of equal scores — a cut no real threshold can make.
    n = len(scores)
    total_pos = sum(labels)
    order = sorted(range(n), key=lambda i: -scores[i])
    best = [float("inf"), 0.0]
    tp = fp = 0
    for i in order:
        if labels[i] == 1:
            tp += 1
        else:
            fp += 1
        recall = tp / total_pos
        if tp / (tp + fp) >= min_precision and recall > best[1]:
            best = [scores[i], recall]
    return best
