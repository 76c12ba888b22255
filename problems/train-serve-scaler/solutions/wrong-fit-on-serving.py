import math


def scale_for_serving(train: list[list[float]], serve: list[list[float]]) -> list[list[float]]:
    if not serve:
        return []
    m = len(serve)
    d = len(serve[0])
    out = [[0.0] * d for _ in range(m)]
    for j in range(d):
        col = [row[j] for row in serve]  # statistics of the batch being served
        mu = sum(col) / m
        sd = math.sqrt(sum((x - mu) ** 2 for x in col) / m)
        if sd == 0.0:
            sd = 1.0
        for i in range(m):
            out[i][j] = (serve[i][j] - mu) / sd
    return out
