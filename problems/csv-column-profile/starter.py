def profile_csv(csv_text: str) -> dict:
    """Return {column: {"type": ..., "missing": ..., ["mean": ...]}} for a raw CSV text.

    type is "int", "float", "str" or "empty"; mean is present only for int and float columns.
    """
    raise NotImplementedError
