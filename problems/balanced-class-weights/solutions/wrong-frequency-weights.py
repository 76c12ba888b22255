def class_weights(labels: list[int], n_classes: int) -> list[float]:
    counts = [0] * n_classes
    for y in labels:
        counts[y] += 1
    n = len(labels)
    if n == 0:
        return [0.0] * n_classes
    return [c * n_classes / n for c in counts]
