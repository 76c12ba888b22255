def ks_statistic(a: list[float], b: list[float]) -> float:
    xs = sorted(a)
    ys = sorted(b)
    n, m = len(xs), len(ys)
    i = j = 0
    best = 0.0
    while i < n and j < m:
        v = xs[i] if xs[i] <= ys[j] else ys[j]
        while i < n and xs[i] == v:
            i += 1
        while j < m and ys[j] == v:
            j += 1
        gap = abs(i / n - j / m)
        if gap > best:
            best = gap
    return best
