def running_variance(xs: list[float]) -> list[float]:
    # E[x^2] - E[x]^2: catastrophic cancellation for large values with a small spread.
    out = []
    s = 0.0
    s2 = 0.0
    for n, x in enumerate(xs, start=1):
        s += x
        s2 += x * x
        out.append(s2 / n - (s / n) ** 2)
    return out
