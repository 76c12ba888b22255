# Independent oracle: numpy vectorised. Repeated indices are merged with np.unique + bincount,
# common indices found with a sorted intersection; the products are summed with math.fsum.
import math
import numpy as np


def _merge(entries):
    if len(entries) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    arr = np.array(entries, dtype=float).reshape(-1, 2)
    keys, inv = np.unique(arr[:, 0].astype(np.int64), return_inverse=True)
    sums = np.bincount(inv, weights=arr[:, 1], minlength=len(keys))
    return keys, sums


def sparse_dot(a, b):
    ka, va = _merge(a)
    kb, vb = _merge(b)
    _, ia, ib = np.intersect1d(ka, kb, assume_unique=True, return_indices=True)
    return float(math.fsum((va[ia] * vb[ib]).tolist()))
