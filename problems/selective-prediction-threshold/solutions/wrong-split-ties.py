def abstain_threshold(confidences: list[float], correct: list[int], target_accuracy: float) -> list[float]:
    n = len(confidences)
    order = sorted(range(n), key=lambda i: -confidences[i])
    best = [float("inf"), 0.0]
    hits = 0
    for k, i in enumerate(order):
        hits += correct[i]
        if hits >= target_accuracy * (k + 1) - 1e-9:
            best = [confidences[i], (k + 1) / n]
    return best
