class RunningStandardizer:
    def __init__(self) -> None:
        self.n = 0
        self.last = []

    def update(self, batch: list[float]) -> None:
        self.n += len(batch)
        if batch:
            self.last = list(batch)

    def count(self) -> int:
        return self.n

    def transform(self, x: float) -> float:
        if not self.last:
            return 0.0
        mean = sum(self.last) / len(self.last)
        variance = sum((v - mean) ** 2 for v in self.last) / len(self.last)
        return 0.0 if variance == 0 else (x - mean) / variance ** 0.5
