from fractions import Fraction

import numpy as np


def roc_auc(labels: list[int], scores: list[float]) -> float:
    # Oracle: the pairwise definition counted per positive with binary search.
    # For each positive score, the negatives strictly below it are wins and the
    # negatives equal to it are ties (1/2); all counts are exact integers and the
    # ratio is formed with a Fraction, then rounded once to float.
    y = np.asarray(labels)
    s = np.asarray(scores, dtype=np.float64)
    pos = s[y == 1]
    neg = np.sort(s[y == 0])
    below = np.searchsorted(neg, pos, side="left")
    upto = np.searchsorted(neg, pos, side="right")
    twice_wins = int(2 * below.sum() + (upto - below).sum())
    return float(Fraction(twice_wins, 2 * len(pos) * len(neg)))
