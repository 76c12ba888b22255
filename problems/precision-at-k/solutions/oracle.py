# Independent oracle (never shipped): numpy membership test (np.isin on the unique relevant ids)
# over the first min(k, len(ranked)) positions, divided by k.
import numpy as np


def precision_at_k(ranked, relevant, k):
    top = np.asarray(ranked[:k], dtype=np.int64)
    rel = np.unique(np.asarray(relevant, dtype=np.int64))
    hits = int(np.isin(top, rel).sum()) if top.size else 0
    return hits / k
