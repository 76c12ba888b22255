# Independent oracle: exact rational arithmetic. Each float p and the keep rate r are converted
# to Fractions exactly, the odds p/(1-p) are multiplied by r, q = odds/(1+odds) (p = 1 kept as 1),
# and q is rounded once to the nearest float.
from fractions import Fraction


def recalibrate(probs, keep_rate):
    r = Fraction(keep_rate)
    out = []
    for p in probs:
        p = Fraction(p)
        if p == 1:
            out.append(1.0)
            continue
        odds = r * p / (1 - p)
        out.append(float(odds / (1 + odds)))
    return out
