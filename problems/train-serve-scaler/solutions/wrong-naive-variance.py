import math


def scale_for_serving(train: list[list[float]], serve: list[list[float]]) -> list[list[float]]:
    n = len(train)
    d = len(train[0])
    means, sds = [], []
    for j in range(d):
        s = 0.0
        s2 = 0.0
        for row in train:
            s += row[j]
            s2 += row[j] * row[j]
        mu = s / n
        var = max(s2 / n - mu * mu, 0.0)
        sd = math.sqrt(var)
        means.append(mu)
        sds.append(sd if sd > 0 else 1.0)
    return [[(row[j] - means[j]) / sds[j] for j in range(d)] for row in serve]
