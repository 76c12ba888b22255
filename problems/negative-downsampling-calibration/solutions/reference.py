def recalibrate(probs: list[float], keep_rate: float) -> list[float]:
    r = keep_rate
    return [r * p / (r * p + (1.0 - p)) for p in probs]
