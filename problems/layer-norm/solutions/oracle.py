# Oracle (not shipped): exact arithmetic. Each row's mean and population variance are exact
# Fractions (floats are dyadic rationals), sigma^2 + eps is exact too; only the square root and
# the final division are done in 60-digit Decimal arithmetic, then rounded once to a float.
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 60


def _dec(q: Fraction) -> Decimal:
    return Decimal(q.numerator) / Decimal(q.denominator)


def layer_norm(x, gamma, beta, eps):
    out = []
    for row in x:
        d = len(row)
        xs = [Fraction(v) for v in row]
        mu = sum(xs, Fraction(0)) / d
        var = sum(((v - mu) ** 2 for v in xs), Fraction(0)) / d
        root = _dec(var + Fraction(eps)).sqrt()
        out.append([float(Decimal(g) * _dec(v - mu) / root + Decimal(b))
                    for v, g, b in zip(xs, gamma, beta)])
    return out
