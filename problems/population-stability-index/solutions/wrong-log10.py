import math


def psi(expected_counts: list[int], actual_counts: list[int]) -> float:
    if not expected_counts:
        return 0.0
    e_total = sum(expected_counts)
    a_total = sum(actual_counts)
    total = 0.0
    for ec, ac in zip(expected_counts, actual_counts):
        e = max(ec / e_total, 1e-4)
        a = max(ac / a_total, 1e-4)
        total += (a - e) * math.log10(a / e)
    return total
