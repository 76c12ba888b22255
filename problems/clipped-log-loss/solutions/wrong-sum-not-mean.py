import math


def log_loss(labels: list[int], probs: list[float], eps: float) -> float:
    # Returns the summed loss instead of the mean over examples.
    total = 0.0
    for y, p in zip(labels, probs):
        q = min(max(p, eps), 1.0 - eps)
        total += -math.log(q) if y == 1 else -math.log(1.0 - q)
    return total
