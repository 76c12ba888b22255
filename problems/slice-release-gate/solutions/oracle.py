# Independent oracle: numpy np.unique/bincount for per-slice support and correct counts; accuracies
# are exact fractions compared with the bar read as the decimal it is written as, and sorted by
# (exact fraction, name).
from fractions import Fraction
import numpy as np


def failing_slices(labels, preds, slices, min_accuracy, min_support):
    if len(slices) == 0:
        return []
    names, inv = np.unique(np.array(slices, dtype=object), return_inverse=True)
    hit = (np.asarray(labels) == np.asarray(preds)).astype(np.int64)
    support = np.bincount(inv, minlength=len(names))
    correct = np.bincount(inv, weights=hit, minlength=len(names)).astype(np.int64)
    bar = Fraction(repr(float(min_accuracy)))
    out = []
    for name, n, c in zip(names, support, correct):
        if n >= min_support and Fraction(int(c), int(n)) < bar:
            out.append((Fraction(int(c), int(n)), str(name)))
    out.sort()
    return [name for _, name in out]
