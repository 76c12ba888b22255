from bisect import bisect_right


def ks_statistic(a: list[float], b: list[float]) -> float:
    xs = sorted(a)
    ys = sorted(b)
    n, m = len(xs), len(ys)
    best = 0.0
    for x in xs:
        fa = bisect_right(xs, x) / n
        fb = bisect_right(ys, x) / m
        best = max(best, abs(fa - fb))
    return best
