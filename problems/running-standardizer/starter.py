class RunningStandardizer:
    """Z-scores with the mean and population standard deviation of every value seen so far."""

    def __init__(self) -> None:
        raise NotImplementedError

    def update(self, batch: list[float]) -> None:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError

    def transform(self, x: float) -> float:
        raise NotImplementedError
