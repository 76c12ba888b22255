import numpy as np


def recall_at_precision(labels: list[int], scores: list[float], min_precision: float) -> list[float]:
    # Oracle: vectorised over the distinct scores. np.unique groups equal scores,
    # bincount gives positives/total per group, and reversed cumulative sums give
    # TP(t) and FP(t) for every candidate threshold t at once.
    y = np.asarray(labels, dtype=np.int64)
    s = np.asarray(scores, dtype=np.float64)
    uniq, inv = np.unique(s, return_inverse=True)          # ascending
    pos = np.bincount(inv, weights=y, minlength=len(uniq))
    tot = np.bincount(inv, minlength=len(uniq)).astype(np.float64)
    tp = np.cumsum(pos[::-1])[::-1]                       # flagged positives at threshold uniq[k]
    flagged = np.cumsum(tot[::-1])[::-1]
    feasible = tp / flagged >= min_precision
    if not feasible.any() or tp[feasible].max() == 0:
        return [float("inf"), 0.0]
    best_tp = tp[feasible].max()
    # highest threshold among the feasible ones reaching best_tp
    k = np.flatnonzero(feasible & (tp == best_tp)).max()
    return [float(uniq[k]), float(best_tp) / float(y.sum())]
