import math

EPS = 1e-7


def bce_with_logits(logits: list[float], labels: list[float]) -> float:
    if not logits:
        return 0.0
    total = 0.0
    for z, y in zip(logits, labels):
        if z >= 0:
            p = 1.0 / (1.0 + math.exp(-z))
        else:
            e = math.exp(z)
            p = e / (1.0 + e)
        p = min(max(p, EPS), 1 - EPS)
        total += -(y * math.log(p) + (1 - y) * math.log(1 - p))
    return total / len(logits)
