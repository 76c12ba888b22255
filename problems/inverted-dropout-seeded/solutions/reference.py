import random


def dropout(x: list[float], p: float) -> list[float]:
    scale = 1.0 / (1.0 - p)
    out = []
    for v in x:
        u = random.random()
        out.append(0.0 if u < p else v * scale)
    return out
