# Oracle (not shipped): numpy version with a linear scan of the fold loads, O(G*k), written
# independently of the heap-based reference.
import numpy as np


def group_kfold(groups: list[str], k: int) -> list[int]:
    if len(groups) == 0:
        return []
    ids, inverse, counts = np.unique(np.array(groups, dtype=object).astype(str), return_inverse=True, return_counts=True)
    # ids are sorted ascending; a stable sort by descending count keeps equal counts in id order
    order = np.argsort(-counts, kind="stable")
    loads = np.zeros(k, dtype=np.int64)
    fold_of_id = np.empty(len(ids), dtype=np.int64)
    for gi in order:
        f = int(np.argmin(loads))  # argmin returns the first (lowest) index among equal loads
        fold_of_id[gi] = f
        loads[f] += counts[gi]
    return [int(x) for x in fold_of_id[inverse.ravel()]]
