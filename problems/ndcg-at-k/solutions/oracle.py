# Independent oracle: numpy vectorised. The ideal grades come from a counting sort (np.bincount
# over grades 0..10, expanded from the highest grade down and cut at k); gains 2^g - 1 and the
# discounts log2(i + 1) are numpy arrays, and the sums use math.fsum (correctly rounded).
import math
import numpy as np


def _dcg(grades):
    grades = np.asarray(grades, dtype=np.int64)
    if grades.size == 0:
        return 0.0
    pos = np.arange(1, grades.size + 1, dtype=float)
    return math.fsum(((2.0 ** grades) - 1.0) / np.log2(pos + 1.0))


def ndcg_at_k(ranked, judgments, k):
    ids = np.array([j[0] for j in judgments], dtype=np.int64)
    gr = np.array([j[1] for j in judgments], dtype=np.int64)
    top = np.asarray(ranked[:k], dtype=np.int64)
    if ids.size:
        order = np.argsort(ids)
        sid, sgr = ids[order], gr[order]
        idx = np.searchsorted(sid, top)
        idx_c = np.minimum(idx, sid.size - 1)
        found = (idx < sid.size) & (sid[idx_c] == top)
        actual_grades = np.where(found, sgr[idx_c], 0)
    else:
        actual_grades = np.zeros(top.size, dtype=np.int64)
    counts = np.bincount(gr, minlength=11) if gr.size else np.zeros(11, dtype=np.int64)
    ideal_grades = np.repeat(np.arange(counts.size)[::-1], counts[::-1])[:k]
    ideal = _dcg(ideal_grades)
    if ideal <= 0:
        return 0.0
    return _dcg(actual_grades) / ideal
