def group_kfold(groups: list[str], k: int) -> list[int]:
    # Keeps groups whole and visits them in the right order, but deals them to folds round-robin
    # instead of to the least-loaded fold, so fold sizes drift apart.
    sizes: dict[str, int] = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    order = sorted(sizes, key=lambda g: (-sizes[g], g))
    fold_of = {g: i % k for i, g in enumerate(order)}
    return [fold_of[g] for g in groups]
