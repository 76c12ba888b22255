def impute_for_serving(train_csv: str, serve_csv: str) -> list[list[float]]:
    """Fill missing serving values with per-column medians learned from the training CSV.

    A column with no training values uses 0.0. Returns the serving rows as numbers.
    """
    raise NotImplementedError
