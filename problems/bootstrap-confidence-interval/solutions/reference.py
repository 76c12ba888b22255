def bootstrap_ci(values: list[float], n_resamples: int, confidence_pct: int, seed: int) -> list[float]:
    n = len(values)
    state = seed
    means = []
    for _ in range(n_resamples):
        total = 0.0
        for _ in range(n):
            state = (1103515245 * state + 12345) % 2147483648
            total += values[(state * n) >> 31]  # floor(state * n / 2^31)
        means.append(total / n)
    means.sort()
    k = (n_resamples * (100 - confidence_pct)) // 200
    return [means[k], means[n_resamples - 1 - k]]
