import math


def drift_alerts(reference: list[float], stream: list[float], window: int, z: float) -> list[int]:
    r = len(reference)
    mu = sum(reference) / r
    sigma = math.sqrt(sum((x - mu) ** 2 for x in reference) / r)
    band = z * sigma / math.sqrt(window)
    out = []
    if len(stream) < window:
        return out
    running = sum(stream[:window - 1])
    for t in range(window - 1, len(stream)):
        running += stream[t]
        if t >= window:
            running -= stream[t - window]
        if abs(running / window - mu) > band:
            out.append(t)
    return out
