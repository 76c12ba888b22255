def running_variance(xs: list[float]) -> list[float]:
    # Welford update with the old mean in both factors: M2 += (x - mean_old)^2.
    out = []
    mean = 0.0
    m2 = 0.0
    for n, x in enumerate(xs, start=1):
        delta = x - mean
        m2 += delta * delta
        mean += delta / n
        out.append(m2 / n)
    return out
