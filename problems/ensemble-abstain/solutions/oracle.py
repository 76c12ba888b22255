# Oracle (not shipped): exact rational arithmetic for the average (fractions.Fraction of the input
# doubles), so the argmax and its ties are decided exactly; the entropy is a correctly summed
# (math.fsum) float from the exact averages.
import math
from fractions import Fraction


def ensemble_predict(member_probs: list[list[list[float]]], max_entropy: float) -> list[int]:
    m_count = len(member_probs)
    n = len(member_probs[0]) if m_count else 0
    out = []
    for i in range(n):
        c_count = len(member_probs[0][i])
        avg = [sum((Fraction(member_probs[m][i][c]) for m in range(m_count)), Fraction(0)) / m_count
               for c in range(c_count)]
        h = -math.fsum(float(p) * math.log(float(p)) for p in avg if p > 0)
        if h > max_entropy:
            out.append(-1)
        else:
            top = max(avg)
            out.append(avg.index(top))  # first index holding the exact maximum
    return out
