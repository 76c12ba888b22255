import math


def cross_entropy(logits: list[list[float]], labels: list[int]) -> float:
    total = 0.0
    for row, y in zip(logits, labels):
        m = max(row)
        exps = [math.exp(z - m) for z in row]
        p = exps[y] / sum(exps)
        total += -math.log(p)
    return total / len(logits)
