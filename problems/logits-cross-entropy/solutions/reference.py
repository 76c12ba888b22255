import math


def _logsumexp(row: list[float]) -> float:
    m = max(row)
    return m + math.log(math.fsum(math.exp(z - m) for z in row))


def cross_entropy(logits: list[list[float]], labels: list[int]) -> float:
    losses = [_logsumexp(row) - row[y] for row, y in zip(logits, labels)]
    return math.fsum(losses) / len(losses)
