def failing_slices(labels: list[int], preds: list[int], slices: list[str],
                   min_accuracy: float, min_support: int) -> list[str]:
    # Fails a slice whose accuracy is exactly at the bar (<= instead of <).
    support: dict[str, int] = {}
    correct: dict[str, int] = {}
    for y, p, s in zip(labels, preds, slices):
        support[s] = support.get(s, 0) + 1
        correct[s] = correct.get(s, 0) + (y == p)
    failing = sorted((correct[s] / n, s) for s, n in support.items()
                     if n >= min_support and correct[s] / n <= min_accuracy)
    return [s for _, s in failing]
