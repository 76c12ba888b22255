def bootstrap_ci(values: list[float], n_resamples: int, confidence_pct: int, seed: int) -> list[float]:
    # Maps the state to an index with `state % n` instead of the specified
    # floor(state * n / 2^31); the low bits of this generator are far from random.
    n = len(values)
    state = seed
    means = []
    for _ in range(n_resamples):
        total = 0.0
        for _ in range(n):
            state = (1103515245 * state + 12345) % 2147483648
            total += values[state % n]
        means.append(total / n)
    means.sort()
    k = (n_resamples * (100 - confidence_pct)) // 200
    return [means[k], means[n_resamples - 1 - k]]
