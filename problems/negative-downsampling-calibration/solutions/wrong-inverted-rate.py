def recalibrate(probs: list[float], keep_rate: float) -> list[float]:
    r = keep_rate
    return [p / (p + r * (1.0 - p)) for p in probs]
