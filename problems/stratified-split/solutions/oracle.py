# Independent oracle: rows are grouped with a stable numpy argsort on the labels (groups come out
# in ascending label order with ascending indices), all LCG draws are produced up front
# vectorised (affine doubling modulo 2^31), Fisher-Yates is replayed from those draws, the
# per-class test count is the exact share n_c*p/100 rounded half up with Fraction, and the
# result is read off a boolean test mask (so both lists come out sorted).
from fractions import Fraction
import math
import numpy as np

M = 1 << 31
A = 1103515245
C = 12345


def _draws(seed, count):
    out = np.zeros(count, dtype=np.uint64)
    if count == 0:
        return out
    out[0] = (A * seed + C) % M
    filled, a_m, c_m = 1, A, C
    while filled < count:
        take = min(filled, count - filled)
        out[filled:filled + take] = (np.uint64(a_m) * out[:take] + np.uint64(c_m)) % np.uint64(M)
        a_m, c_m = (a_m * a_m) % M, (a_m * c_m + c_m) % M
        filled += take
    return out


def stratified_split(labels, test_percent, seed):
    n = len(labels)
    if n == 0:
        return [[], []]
    y = np.asarray(labels, dtype=np.int64)
    order = np.argsort(y, kind="stable")
    classes, starts, counts = np.unique(y[order], return_index=True, return_counts=True)
    draws = _draws(seed, int(np.maximum(counts - 1, 0).sum())).tolist()
    pos = 0
    is_test = np.zeros(n, dtype=bool)
    for start, cnt in zip(starts.tolist(), counts.tolist()):
        idx = order[start:start + cnt].tolist()
        for i in range(cnt - 1, 0, -1):
            j = draws[pos] % (i + 1)
            pos += 1
            idx[i], idx[j] = idx[j], idx[i]
        t = math.floor(Fraction(cnt * test_percent, 100) + Fraction(1, 2))
        is_test[idx[:t]] = True
    return [np.nonzero(~is_test)[0].tolist(), np.nonzero(is_test)[0].tolist()]
