import csv

_SENTINELS = {"na", "n/a", "null", "none", "nan", "-", "?"}


def missing_value_audit(path: str) -> dict:
    import pandas as pd

    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    cleaned = df.apply(lambda col: col.str.strip().str.lower())
    missing = (cleaned == "") | cleaned.isin(_SENTINELS)
    return {str(c): int(n) for c, n in missing.sum().items()}
