import random


def dropout(x: list[float], p: float) -> list[float]:
    return [0.0 if random.random() < p else v for v in x]
