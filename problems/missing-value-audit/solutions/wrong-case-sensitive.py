import csv

_SENTINELS = {"NA", "N/A", "null", "none", "nan", "-", "?", ""}


def missing_value_audit(path: str) -> dict:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    return {h: sum(1 for r in rows[1:] if r[j] in _SENTINELS) for j, h in enumerate(header)}
