import math


def time_split(timestamps: list[int], test_fraction: float) -> list[list[int]]:
    # Takes the last rows by position, as if the table were already sorted by time.
    n = len(timestamps)
    k = min(max(math.ceil(n * test_fraction - 1e-9), 0), n)
    return [list(range(n - k)), list(range(n - k, n))]
