def leaked_test_rows(train: list[list[float]], test: list[list[float]]) -> list[int]:
    """Return the ascending indices of test rows that exactly equal some training row."""
    raise NotImplementedError
