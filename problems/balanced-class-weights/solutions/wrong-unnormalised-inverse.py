def class_weights(labels: list[int], n_classes: int) -> list[float]:
    counts = [0] * n_classes
    for y in labels:
        counts[y] += 1
    return [1.0 / c if c > 0 else 0.0 for c in counts]
