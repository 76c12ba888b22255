class RunningStandardizer:
    def __init__(self) -> None:
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0  # Welford: sum of squared deviations from the running mean

    def update(self, batch: list[float]) -> None:
        for x in batch:
            self.n += 1
            delta = x - self.mean
            self.mean += delta / self.n
            self.m2 += delta * (x - self.mean)

    def count(self) -> int:
        return self.n

    def transform(self, x: float) -> float:
        if self.n == 0:
            return 0.0
        variance = self.m2 / self.n
        if variance <= 0.0:
            return 0.0
        return (x - self.mean) / variance ** 0.5
