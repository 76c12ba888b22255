# Independent oracle (never shipped): numpy-vectorised. Per feature, one-hot class counts are
# accumulated with cumsum over a stable sort; candidate positions are where the sorted value
# strictly increases; scores use the algebraically equivalent form
# score = (n - S_L / n_L - S_R / n_R) / n  with S = sum of squared class counts.
# The first-best-with-1e-12-tolerance rule is then applied by a plain scan over candidates.
import numpy as np


def best_split(X, y):
    n = len(y)
    if n == 0:
        return [-1, 0.0, 0.0]
    yv = np.asarray(y, dtype=np.int64)
    counts = np.bincount(yv)
    parent = float(1.0 - (counts.astype(np.float64) ** 2).sum() / (n * n))
    Xa = np.asarray(X, dtype=np.float64).reshape(n, -1)
    onehot = np.zeros((n, counts.size), dtype=np.int64)
    onehot[np.arange(n), yv] = 1
    best, kept = [-1, 0.0, parent], None
    for j in range(Xa.shape[1]):
        order = np.argsort(Xa[:, j], kind="stable")
        xs = Xa[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]        # counts of the first k+1 rows
        right = counts[None, :] - left
        nl = np.arange(1, n, dtype=np.int64)
        nr = n - nl
        sl = (left * left).sum(axis=1)
        sr = (right * right).sum(axis=1)
        cand = np.nonzero(xs[1:] > xs[:-1])[0]
        scores = (n - sl[cand] / nl[cand] - sr[cand] / nr[cand]) / n
        thr = (xs[cand] + xs[cand + 1]) / 2
        for s, t in zip(scores.tolist(), thr.tolist()):
            if kept is None or s < kept - 1e-12:
                kept = s
                best = [j, t, s]
    return best
