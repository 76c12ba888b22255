"""Oracle (tests only, not shipped): numpy binning + exact rational sums.

The bin index is computed vectorised, floor(c * n_bins) with the float64 product as the
statement requires, clipped to n_bins - 1. The ECE is then evaluated with the equivalent form
sum over bins of |#correct(B) - sum of confidences(B)| / n, with every confidence converted
exactly to a Fraction, so the only rounding is the final conversion to float.
"""
from fractions import Fraction

import numpy as np


def ece(confidences: list[float], correct: list[int], n_bins: int) -> float:
    n = len(confidences)
    conf = np.asarray(confidences, dtype=np.float64)
    bins = np.minimum(np.floor(conf * n_bins).astype(np.int64), n_bins - 1)
    gap = [Fraction(0)] * n_bins  # per bin: #correct - sum of confidences (exact)
    for b, c, y in zip(bins.tolist(), confidences, correct):
        gap[b] += int(y) - Fraction(c)
    return float(sum((abs(x) for x in gap), Fraction(0)) / n)
