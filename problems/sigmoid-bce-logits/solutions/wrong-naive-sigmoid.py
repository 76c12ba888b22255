import math


def bce_with_logits(logits: list[float], labels: list[float]) -> float:
    if not logits:
        return 0.0
    total = 0.0
    for z, y in zip(logits, labels):
        p = 1.0 / (1.0 + math.exp(-z))
        total += -(y * math.log(p) + (1 - y) * math.log(1 - p))
    return total / len(logits)
