def rolling_features(csv_text: str, window: int) -> list[list[float]]:
    """For every row return [count, total] over the same card's rows with
    ts - window <= t' < ts (strictly earlier); an empty amount counts but adds 0.
    """
    raise NotImplementedError
