def ks_statistic(a: list[float], b: list[float]) -> float:
    xs = sorted(a)
    ys = sorted(b)
    n, m = len(xs), len(ys)
    i = j = 0
    best = 0.0
    while i < n and j < m:
        if xs[i] <= ys[j]:
            i += 1
        else:
            j += 1
        best = max(best, abs(i / n - j / m))
    return best
