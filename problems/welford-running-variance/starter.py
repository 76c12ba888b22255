def running_variance(xs: list[float]) -> list[float]:
    """Return the population variance of each prefix xs[0..i], in one pass."""
    raise NotImplementedError
