def drift_alerts(reference: list[float], stream: list[float], window: int, z: float) -> list[int]:
    """Indices t (t >= window - 1) where the mean of stream[t-window+1..t] moves more than
    z * sigma / sqrt(window) away from the reference mean, and the previous window did not."""
    raise NotImplementedError
