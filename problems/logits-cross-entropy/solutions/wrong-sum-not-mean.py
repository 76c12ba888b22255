import math


def cross_entropy(logits: list[list[float]], labels: list[int]) -> float:
    total = 0.0
    for row, y in zip(logits, labels):
        m = max(row)
        lse = m + math.log(sum(math.exp(z - m) for z in row))
        total += lse - row[y]
    return total
