def recalibrate(probs: list[float], keep_rate: float) -> list[float]:
    """Map probabilities from a model trained with negatives kept at rate `keep_rate`
    back to the original distribution: q = r*p / (r*p + 1 - p)."""
    raise NotImplementedError
