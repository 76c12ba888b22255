# Oracle (not shipped): exact integer arithmetic. Values have at most 3 decimals, so they are
# integers in thousandths; window sums come from an integer prefix-sum array, and the alert test
# |S/w - R/r| > z * sigma / sqrt(w) is squared and cleared of denominators:
#     (S*r - R*w)^2 * q > p * w * (r*Q - R^2),   with z^2 = p/q as an exact fraction,
# where R, Q are the sum and the sum of squares of the reference (in thousandths).
from fractions import Fraction
from itertools import accumulate


def drift_alerts(reference: list[float], stream: list[float], window: int, z: float) -> list[int]:
    ref = [round(x * 1000) for x in reference]
    xs = [round(x * 1000) for x in stream]
    assert all(abs(a / 1000 - b) < 1e-12 for a, b in zip(ref + xs, list(reference) + list(stream)))
    r, w = len(ref), window
    R = sum(ref)
    Q = sum(a * a for a in ref)
    z2 = Fraction(z) ** 2
    p, q = z2.numerator, z2.denominator
    rhs = p * w * (r * Q - R * R)
    prefix = [0] + list(accumulate(xs))
    fired = []
    prev = False
    for t in range(w - 1, len(xs)):
        s = prefix[t + 1] - prefix[t + 1 - w]
        alert = (s * r - R * w) ** 2 * q > rhs
        if alert and not prev:
            fired.append(t)
        prev = alert
    return fired
