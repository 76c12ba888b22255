import math


def ftrl_predictions(examples, alpha, beta, l1, l2):
    z = {}
    n = {}
    out = []
    for idx, vals, y in examples:
        w = []
        logit = 0.0
        for i, x in zip(idx, vals):
            zi = z.get(i, 0.0)
            if abs(zi) <= l1:
                wi = 0.0
            else:
                sign = 1.0 if zi > 0 else -1.0
                wi = -(zi - sign * l1) / ((beta + math.sqrt(n.get(i, 0.0))) / alpha + l2)
            w.append(wi)
            logit += wi * x
        logit = max(-35.0, min(35.0, logit))
        p = 1.0 / (1.0 + math.exp(-logit))
        out.append(p)
        for (i, x), wi in zip(zip(idx, vals), w):
            g = (p - y) * x
            ni = n.get(i, 0.0)
            sigma = (math.sqrt(ni + g * g) - math.sqrt(ni)) / alpha
            z[i] = z.get(i, 0.0) + g - sigma * wi
            n[i] = ni + g * g
    return out
