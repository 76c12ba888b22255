import pandas as pd


def missing_value_audit(path: str) -> dict:
    df = pd.read_csv(path, dtype=str)
    return {str(c): int(n) for c, n in df.isna().sum().items()}
