import math


def drift_alerts(reference: list[float], stream: list[float], window: int, z: float) -> list[int]:
    r = len(reference)
    mu = sum(reference) / r
    sigma = math.sqrt(sum((x - mu) ** 2 for x in reference) / r)
    band = z * sigma / math.sqrt(window)
    n = len(stream)
    prefix = [0.0]
    for x in stream:
        prefix.append(prefix[-1] + x)
    fired = []
    prev_alert = False
    for t in range(window - 1, n):
        cur = (prefix[t + 1] - prefix[t + 1 - window]) / window
        if t >= 2 * window - 1:
            # baseline = the window just before the current one
            base = (prefix[t + 1 - window] - prefix[t + 1 - 2 * window]) / window
        else:
            base = mu
        in_alert = abs(cur - base) > band
        if in_alert and not prev_alert:
            fired.append(t)
        prev_alert = in_alert
    return fired
