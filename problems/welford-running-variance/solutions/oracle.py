# Oracle (not shipped): exact rational arithmetic. Every float is a dyadic rational, so the
# prefix sums S1 = sum x and S2 = sum x^2 are kept exactly as Fractions and each prefix variance
# is (n*S2 - S1^2) / n^2, evaluated exactly and rounded once to a float. The textbook formula
# that cancels catastrophically in floating point is harmless here.
from fractions import Fraction


def running_variance(xs: list[float]) -> list[float]:
    out = []
    s1 = Fraction(0)
    s2 = Fraction(0)
    for n, x in enumerate(xs, start=1):
        q = Fraction(x)
        s1 += q
        s2 += q * q
        out.append(float((n * s2 - s1 * s1) / (n * n)))
    return out
