def time_split(timestamps: list[int], test_fraction: float) -> list[list[int]]:
    # Truncates n * f instead of taking the ceiling, so small fractions give an empty test set.
    n = len(timestamps)
    k = min(max(int(n * test_fraction), 0), n)
    if k == 0:
        return [list(range(n)), []]
    order = sorted(range(n), key=lambda i: (timestamps[i], i))
    cutoff = timestamps[order[n - k]]
    return [[i for i in range(n) if timestamps[i] < cutoff], [i for i in range(n) if timestamps[i] >= cutoff]]
