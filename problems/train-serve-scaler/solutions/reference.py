import math


def scale_for_serving(train: list[list[float]], serve: list[list[float]]) -> list[list[float]]:
    n = len(train)
    d = len(train[0])
    means = []
    scales = []
    for j in range(d):
        col = [row[j] for row in train]
        mu = sum(col) / n
        var = sum((x - mu) ** 2 for x in col) / n
        constant = all(x == col[0] for x in col)
        means.append(mu)
        scales.append(1.0 if constant or var == 0.0 else math.sqrt(var))
    return [[(row[j] - means[j]) / scales[j] for j in range(d)] for row in serve]
