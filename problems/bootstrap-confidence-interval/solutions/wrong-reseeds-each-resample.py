def bootstrap_ci(values: list[float], n_resamples: int, confidence_pct: int, seed: int) -> list[float]:
    # Restarts the generator from the seed for every resample, so every
    # resample draws the same indices and the interval collapses to a point.
    n = len(values)
    means = []
    for _ in range(n_resamples):
        state = seed
        total = 0.0
        for _ in range(n):
            state = (1103515245 * state + 12345) % 2147483648
            total += values[(state * n) >> 31]
        means.append(total / n)
    means.sort()
    k = (n_resamples * (100 - confidence_pct)) // 200
    return [means[k], means[n_resamples - 1 - k]]
