import random


def dropout(x: list[float], p: float) -> list[float]:
    """Inverted dropout: one random.random() draw per element; drop when the draw is below p."""
    raise NotImplementedError
