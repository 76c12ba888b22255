import math


def layer_norm(x: list[list[float]], gamma: list[float], beta: list[float],
               eps: float) -> list[list[float]]:
    out = []
    for row in x:
        d = len(row)
        mu = math.fsum(row) / d
        var = math.fsum((v - mu) ** 2 for v in row) / d
        inv = 1.0 / math.sqrt(var + eps)
        out.append([g * (v - mu) * inv + b for v, g, b in zip(row, gamma, beta)])
    return out
