"""Oracle (tests only, not shipped): counting with binary search, vectorised with numpy.

For every candidate tau (np.unique of the confidences) the accepted count is
A(tau) = #{conf >= tau} and the correct count C(tau) = #{conf >= tau and correct}, both read
off with np.searchsorted on the sorted confidences (all, and of the correct cases only). The
qualifying candidates are selected with a boolean mask and the smallest one is returned.
No walk over tie groups, no running totals.
"""
import numpy as np


def abstain_threshold(confidences: list[float], correct: list[int], target_accuracy: float) -> list[float]:
    n = len(confidences)
    if n == 0:
        return [float("inf"), 0.0]
    conf = np.asarray(confidences, dtype=np.float64)
    ok = np.asarray(correct, dtype=np.int64) == 1
    cands = np.unique(conf)
    all_sorted = np.sort(conf)
    ok_sorted = np.sort(conf[ok])
    accepted = n - np.searchsorted(all_sorted, cands, side="left")
    hits = len(ok_sorted) - np.searchsorted(ok_sorted, cands, side="left")
    meets = (accepted >= 1) & (hits >= target_accuracy * accepted - 1e-9)
    if not meets.any():
        return [float("inf"), 0.0]
    j = int(np.flatnonzero(meets)[0])  # cands ascending: the first qualifying one is the smallest
    return [float(cands[j]), int(accepted[j]) / n]
