def isotonic_fit(y: list[float], w: list[float]) -> list[float]:
    """The non-decreasing sequence closest to y in weighted squared error (weights w > 0)."""
    raise NotImplementedError
