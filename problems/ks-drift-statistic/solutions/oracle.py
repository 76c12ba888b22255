# Independent oracle: evaluate both empirical CDFs with numpy at every distinct value of the
# pooled sample (np.unique + searchsorted side='right'), then take the largest absolute gap.
import numpy as np


def ks_statistic(a, b):
    xa = np.sort(np.asarray(a, dtype=float))
    xb = np.sort(np.asarray(b, dtype=float))
    grid = np.unique(np.concatenate([xa, xb]))
    fa = np.searchsorted(xa, grid, side="right") / len(xa)
    fb = np.searchsorted(xb, grid, side="right") / len(xb)
    return float(np.max(np.abs(fa - fb)))
