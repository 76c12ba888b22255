class RunningStandardizer:
    def __init__(self) -> None:
        self.values = []

    def update(self, batch: list[float]) -> None:
        self.values.extend(batch)

    def count(self) -> int:
        return len(self.values)

    def transform(self, x: float) -> float:
        n = len(self.values)
        if n < 2:
            return 0.0
        mean = sum(self.values) / n
        variance = sum((v - mean) ** 2 for v in self.values) / (n - 1)
        return 0.0 if variance == 0 else (x - mean) / variance ** 0.5
