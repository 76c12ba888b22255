from collections import Counter


def group_kfold(groups: list[str], k: int) -> list[int]:
    # most_common() orders equal counts by first appearance, not by group id.
    loads = [0] * k
    fold_of = {}
    for g, size in Counter(groups).most_common():
        f = min(range(k), key=lambda j: (loads[j], j))
        fold_of[g] = f
        loads[f] += size
    return [fold_of[g] for g in groups]
