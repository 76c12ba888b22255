"""Oracle (tests only, not shipped): whole timestamp groups, taken newest first.

Rows are grouped by timestamp (a Counter). Taking the groups from the newest down, whole groups
join the test set until it holds at least k rows; since every group is taken whole, the group
that contains the k-th newest row joins entirely (no straddling). No sort of row indices by
(timestamp, index) and no cutoff lookup in a sorted order.
"""
import math
from collections import Counter


def time_split(timestamps: list[int], test_fraction: float) -> list[list[int]]:
    n = len(timestamps)
    k = math.ceil(n * test_fraction - 1e-9)
    k = max(0, min(n, k))
    sizes = Counter(timestamps)
    test_times: set[int] = set()
    taken = 0
    for ts in sorted(sizes, reverse=True):
        if taken >= k:
            break
        test_times.add(ts)
        taken += sizes[ts]
    train = [i for i, ts in enumerate(timestamps) if ts not in test_times]
    test = [i for i, ts in enumerate(timestamps) if ts in test_times]
    return [train, test]
