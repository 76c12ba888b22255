import math


def log_loss(labels: list[int], probs: list[float], eps: float) -> float:
    # Clips p from below only; p = 1.0 with label 0 still gives log(0).
    total = 0.0
    for y, p in zip(labels, probs):
        q = max(p, eps)
        total += -math.log(q) if y == 1 else -math.log(1.0 - q)
    return total / len(labels)
