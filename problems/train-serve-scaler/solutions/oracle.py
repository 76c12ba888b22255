# Independent oracle (never shipped): exact rational arithmetic. Each column's mean and
# population variance are computed exactly with fractions.Fraction (no cancellation at all, even
# for values near 1e8 with a small spread); sigma = sqrt of the exactly-rounded variance, and each
# output is the exactly-rounded (x - mu) divided by sigma (or by 1 for a constant column).
import math
from fractions import Fraction


def scale_for_serving(train, serve):
    n = len(train)
    d = len(train[0])
    stats = []
    for j in range(d):
        col = [Fraction(row[j]) for row in train]
        mu = sum(col, Fraction(0)) / n
        var = sum(((x - mu) ** 2 for x in col), Fraction(0)) / n
        sigma = math.sqrt(var) if var != 0 else 1.0
        stats.append((mu, sigma))
    return [[float(Fraction(row[j]) - stats[j][0]) / stats[j][1] for j in range(d)] for row in serve]
