# Independent check: one object per coordinate holding (z, n), with the closed-form weight as a
# method, the dot product summed with math.fsum (so its rounding differs from a running sum).
import math


class _Coord:
    __slots__ = ('z', 'n')

    def __init__(self):
        self.z = 0.0
        self.n = 0.0

    def weight(self, alpha, beta, l1, l2):
        if abs(self.z) <= l1:
            return 0.0
        shrunk = self.z - math.copysign(l1, self.z)
        return -shrunk / ((beta + math.sqrt(self.n)) / alpha + l2)


def ftrl_predictions(examples, alpha, beta, l1, l2):
    coords = {}
    preds = []
    for idx, vals, y in examples:
        cs = [coords.setdefault(i, _Coord()) for i in idx]
        ws = [c.weight(alpha, beta, l1, l2) for c in cs]
        s = math.fsum(w * x for w, x in zip(ws, vals))
        s = min(35.0, max(-35.0, s))
        p = 1.0 / (1.0 + math.exp(-s))
        preds.append(p)
        for c, w, x in zip(cs, ws, vals):
            g = (p - y) * x
            new_n = c.n + g * g
            c.z += g - (math.sqrt(new_n) - math.sqrt(c.n)) / alpha * w
            c.n = new_n
    return preds
