import math


def time_split(timestamps: list[int], test_fraction: float) -> list[list[int]]:
    n = len(timestamps)
    k = min(max(math.ceil(n * test_fraction - 1e-9), 0), n)
    if k == 0:
        return [list(range(n)), []]
    order = sorted(range(n), key=lambda i: (timestamps[i], i))
    cutoff = timestamps[order[n - k]]
    train = [i for i in range(n) if timestamps[i] < cutoff]
    test = [i for i in range(n) if timestamps[i] >= cutoff]
    return [train, test]
