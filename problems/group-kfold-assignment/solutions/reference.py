import heapq


def group_kfold(groups: list[str], k: int) -> list[int]:
    sizes: dict[str, int] = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    order = sorted(sizes, key=lambda g: (-sizes[g], g))
    loads = [(0, f) for f in range(k)]  # (rows in fold, fold index): the heap root is the target fold
    heapq.heapify(loads)
    fold_of: dict[str, int] = {}
    for g in order:
        load, f = heapq.heappop(loads)
        fold_of[g] = f
        heapq.heappush(loads, (load + sizes[g], f))
    return [fold_of[g] for g in groups]
