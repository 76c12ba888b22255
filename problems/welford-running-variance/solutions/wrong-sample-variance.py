def running_variance(xs: list[float]) -> list[float]:
    # Welford, but divides by n - 1 (sample variance) instead of n.
    out = []
    mean = 0.0
    m2 = 0.0
    for n, x in enumerate(xs, start=1):
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
        out.append(m2 / (n - 1) if n > 1 else 0.0)
    return out
