def failing_slices(labels: list[int], preds: list[int], slices: list[str],
                   min_accuracy: float, min_support: int) -> list[str]:
    support: dict[str, int] = {}
    correct: dict[str, int] = {}
    for y, p, s in zip(labels, preds, slices):
        support[s] = support.get(s, 0) + 1
        correct[s] = correct.get(s, 0) + (1 if y == p else 0)
    failing = []
    for s, n in support.items():
        if n < min_support:
            continue
        acc = correct[s] / n
        if acc < min_accuracy:
            failing.append((acc, s))
    failing.sort()
    return [s for _, s in failing]
