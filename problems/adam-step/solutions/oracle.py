# Independent oracle: the AdamW formulas evaluated in 50-digit decimal arithmetic (decimal module,
# exact conversion of the float inputs, Decimal.sqrt), rounded to float only at the end.
from decimal import Decimal, getcontext

getcontext().prec = 50


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps, weight_decay):
    D = Decimal
    b1, b2, lr_, eps_, wd = D(beta1), D(beta2), D(lr), D(eps), D(weight_decay)
    bc1 = 1 - b1 ** int(t)
    bc2 = 1 - b2 ** int(t)
    out_p, out_m, out_v = [], [], []
    for p, g, mi, vi in zip(params, grads, m, v):
        p, g, mi, vi = D(p), D(g), D(mi), D(vi)
        m1 = b1 * mi + (1 - b1) * g
        v1 = b2 * vi + (1 - b2) * g * g
        step = (m1 / bc1) / ((v1 / bc2).sqrt() + eps_)
        out_p.append(float(p - lr_ * (step + wd * p)))
        out_m.append(float(m1))
        out_v.append(float(v1))
    return [out_p, out_m, out_v]
