import math


def psi(expected_counts: list[int], actual_counts: list[int]) -> float:
    if not expected_counts:
        return 0.0
    e_total = sum(expected_counts)
    a_total = sum(actual_counts)
    total = 0.0
    for ec, ac in zip(expected_counts, actual_counts):
        if ec == 0 or ac == 0:
            continue  # "log of zero is undefined, so leave the bin out"
        e = ec / e_total
        a = ac / a_total
        total += (a - e) * math.log(a / e)
    return total
