def bootstrap_ci(values: list[float], n_resamples: int, confidence_pct: int, seed: int) -> list[float]:
    # Draws correctly but reads the bounds with linearly interpolated
    # percentiles (position (B - 1) * q) instead of the specified order statistics.
    n = len(values)
    state = seed
    means = []
    for _ in range(n_resamples):
        total = 0.0
        for _ in range(n):
            state = (1103515245 * state + 12345) % 2147483648
            total += values[(state * n) >> 31]
        means.append(total / n)
    means.sort()

    def percentile(q: float) -> float:
        pos = (n_resamples - 1) * q / 100.0
        lo = int(pos)
        hi = min(lo + 1, n_resamples - 1)
        return means[lo] + (means[hi] - means[lo]) * (pos - lo)

    alpha = (100 - confidence_pct) / 2.0
    return [percentile(alpha), percentile(100 - alpha)]
