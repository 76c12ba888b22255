# Oracle (not shipped): no heap. One stable full ordering with numpy.lexsort: primary key the
# negated score (highest first; -0.0 and 0.0 compare equal), secondary key the index (lowest
# first), then the first k positions.
import numpy as np


def top_k(scores, k):
    if k <= 0 or len(scores) == 0:
        return []
    s = np.asarray(scores, dtype=np.float64)
    idx = np.arange(len(s))
    order = np.lexsort((idx, -s))
    return [int(i) for i in order[:k]]
