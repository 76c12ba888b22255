import math


def scale_for_serving(train: list[list[float]], serve: list[list[float]]) -> list[list[float]]:
    n = len(train)
    d = len(train[0])
    means, sds = [], []
    for j in range(d):
        col = [row[j] for row in train]
        mu = sum(col) / n
        ss = sum((x - mu) ** 2 for x in col)
        sd = math.sqrt(ss / (n - 1)) if n > 1 else 0.0
        means.append(mu)
        sds.append(sd if sd > 0 else 1.0)
    return [[(row[j] - means[j]) / sds[j] for j in range(d)] for row in serve]
