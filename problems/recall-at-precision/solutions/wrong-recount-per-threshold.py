def recall_at_precision(labels: list[int], scores: list[float], min_precision: float) -> list[float]:
    # Correct answer, but recounts TP and FP over all examples for every
    # candidate threshold: O(n * distinct scores).
    total_pos = sum(labels)
    best = [float("inf"), 0.0]
    for t in sorted(set(scores), reverse=True):
        tp = fp = 0
        for y, s in zip(labels, scores):
            if s >= t:
                if y == 1:
                    tp += 1
                else:
                    fp += 1
        recall = tp / total_pos
        if tp / (tp + fp) >= min_precision and recall > best[1]:
            best = [t, recall]
    return best
