def group_kfold(groups: list[str], k: int) -> list[int]:
    # Row-level k-fold: rows are dealt round-robin, so one group's rows land in several folds.
    return [i % k for i in range(len(groups))]
