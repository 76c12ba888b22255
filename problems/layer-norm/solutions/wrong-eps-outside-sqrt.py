import math


def layer_norm(x: list[list[float]], gamma: list[float], beta: list[float],
               eps: float) -> list[list[float]]:
    out = []
    for row in x:
        d = len(row)
        mu = sum(row) / d
        var = sum((v - mu) ** 2 for v in row) / d
        denom = math.sqrt(var) + eps
        out.append([g * (v - mu) / denom + b for v, g, b in zip(row, gamma, beta)])
    return out
