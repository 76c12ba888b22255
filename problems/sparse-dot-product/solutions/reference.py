def _accumulate(entries: list[list[float]]) -> dict[int, float]:
    acc: dict[int, float] = {}
    for idx, val in entries:
        key = int(idx)
        acc[key] = acc.get(key, 0.0) + val
    return acc


def sparse_dot(a: list[list[float]], b: list[list[float]]) -> float:
    da = _accumulate(a)
    db = _accumulate(b)
    if len(da) > len(db):
        da, db = db, da
    total = 0.0
    for idx, val in da.items():
        other = db.get(idx)
        if other is not None:
            total += val * other
    return total
