import math


def drift_alerts(reference: list[float], stream: list[float], window: int, z: float) -> list[int]:
    r = len(reference)
    mu = sum(reference) / r
    sigma = math.sqrt(sum((x - mu) ** 2 for x in reference) / (r - 1))
    band = z * sigma / math.sqrt(window)
    fired = []
    if len(stream) < window:
        return fired
    running = sum(stream[:window - 1])
    prev_alert = False
    for t in range(window - 1, len(stream)):
        running += stream[t]
        if t >= window:
            running -= stream[t - window]
        in_alert = abs(running / window - mu) > band
        if in_alert and not prev_alert:
            fired.append(t)
        prev_alert = in_alert
    return fired
