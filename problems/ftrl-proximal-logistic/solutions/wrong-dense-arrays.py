import math


def ftrl_predictions(examples, alpha, beta, l1, l2):
    # Dense state: one slot per possible feature index.
    dim = 1 + max((max(idx) for idx, _, _ in examples if idx), default=0)
    z = [0.0] * dim
    n = [0.0] * dim
    out = []
    for idx, vals, y in examples:
        w = []
        logit = 0.0
        for i, x in zip(idx, vals):
            zi = z[i]
            if abs(zi) <= l1:
                wi = 0.0
            else:
                sign = 1.0 if zi > 0 else -1.0
                wi = -(zi - sign * l1) / ((beta + math.sqrt(n[i])) / alpha + l2)
            w.append(wi)
            logit += wi * x
        logit = max(-35.0, min(35.0, logit))
        p = 1.0 / (1.0 + math.exp(-logit))
        out.append(p)
        for (i, x), wi in zip(zip(idx, vals), w):
            g = (p - y) * x
            sigma = (math.sqrt(n[i] + g * g) - math.sqrt(n[i])) / alpha
            z[i] += g - sigma * wi
            n[i] += g * g
    return out
