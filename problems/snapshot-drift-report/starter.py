def drift_report(reference_csv: str, current_csv: str, mean_threshold: float, missing_threshold: float) -> dict:
    """Return {column: {"mean_shift": ..., "missing_delta": ..., "drifted": ...}} per reference column.

    mean_shift = |mean_cur - mean_ref| / std_ref (population std; 1 if std_ref <= 1e-9);
    missing_delta = share_cur - share_ref; drifted if either exceeds its threshold.
    """
    raise NotImplementedError
