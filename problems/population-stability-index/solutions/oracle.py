# Oracle (not shipped): exact proportions as Fractions, the floor 1/10000 applied exactly, and
# each bin's (a - e) * ln(a / e) evaluated in 50-digit Decimal arithmetic and summed exactly in
# Decimal; one rounding to float at the end. Identical (a, e) pairs are computed once.
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 50
FLOOR = Fraction(1, 10000)


def _dec(q):
    return Decimal(q.numerator) / Decimal(q.denominator)


def psi(expected_counts, actual_counts):
    if len(expected_counts) == 0:
        return 0.0
    e_total = sum(int(c) for c in expected_counts)
    a_total = sum(int(c) for c in actual_counts)
    cache = {}
    total = Decimal(0)
    for ec, ac in zip(expected_counts, actual_counts):
        e = max(Fraction(int(ec), e_total), FLOOR)
        a = max(Fraction(int(ac), a_total), FLOOR)
        key = (e, a)
        if key not in cache:
            cache[key] = _dec(a - e) * _dec(a / e).ln()
        total += cache[key]
    return float(total)
