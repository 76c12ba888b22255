def scale_for_serving(train: list[list[float]], serve: list[list[float]]) -> list[list[float]]:
    """Standardise each column of `serve` with the mean and population standard
    deviation of that column in `train` (a constant training column divides by 1)."""
    raise NotImplementedError
