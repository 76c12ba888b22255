def running_variance(xs: list[float]) -> list[float]:
    out = []
    mean = 0.0
    m2 = 0.0  # sum of squared deviations from the current mean
    for n, x in enumerate(xs, start=1):
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
        out.append(m2 / n)
    return out
