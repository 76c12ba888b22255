import random


def dropout(x: list[float], p: float) -> list[float]:
    scale = 1.0 / (1.0 - p)
    return [v * scale if random.random() < p else 0.0 for v in x]
