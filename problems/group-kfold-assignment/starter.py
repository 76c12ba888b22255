def group_kfold(groups: list[str], k: int) -> list[int]:
    """Fold index per row; whole groups, largest first (ties: smaller id), into the least-loaded fold
    (ties: lower index)."""
    raise NotImplementedError
