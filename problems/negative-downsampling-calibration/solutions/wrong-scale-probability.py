def recalibrate(probs: list[float], keep_rate: float) -> list[float]:
    return [p * keep_rate for p in probs]
