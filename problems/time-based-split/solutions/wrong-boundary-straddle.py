import math


def time_split(timestamps: list[int], test_fraction: float) -> list[list[int]]:
    # Sorts by time but cuts at exactly k rows, so equal timestamps can straddle the boundary.
    n = len(timestamps)
    k = min(max(math.ceil(n * test_fraction - 1e-9), 0), n)
    order = sorted(range(n), key=lambda i: (timestamps[i], i))
    return [sorted(order[: n - k]), sorted(order[n - k:])]
