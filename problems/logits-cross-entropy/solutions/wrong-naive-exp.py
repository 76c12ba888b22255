import math


def cross_entropy(logits: list[list[float]], labels: list[int]) -> float:
    total = 0.0
    for row, y in zip(logits, labels):
        exps = [math.exp(z) for z in row]
        total += -math.log(exps[y] / sum(exps))
    return total / len(logits)
