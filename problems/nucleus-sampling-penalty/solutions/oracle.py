# Independent check: the same steps in 50-digit decimal arithmetic (Decimal.exp), so the expected
# tokens do not depend on floating-point rounding. It also reports the smallest distance between a
# running sum and the threshold it is compared with; the tests keep it above 1e-9.
from decimal import Decimal, getcontext

getcontext().prec = 50


def run(logits, history, steps, temperature, top_p, penalty, uniforms):
    used = set(history)
    out = []
    margin = Decimal(1)
    T, P, R = Decimal(repr(temperature)), Decimal(repr(top_p)), Decimal(repr(penalty))
    for s in range(steps):
        z = []
        for t, l in enumerate(logits):
            d = Decimal(repr(float(l)))
            if t in used:
                d = d / R if d > 0 else d * R
            z.append(d / T)
        m = max(z)
        e = [(x - m).exp() for x in z]
        tot = sum(e)
        p = [x / tot for x in e]
        order = sorted(range(len(p)), key=lambda t: (-p[t], t))
        for a, b in zip(order, order[1:]):
            if p[a] != p[b]:
                margin = min(margin, (p[a] - p[b]) / p[a])
        kept, cum = [], Decimal(0)
        for t in order:
            kept.append(t)
            cum += p[t]
            margin = min(margin, abs(cum - P))
            if cum >= P:
                break
        mass = sum(p[t] for t in kept)
        u = Decimal(repr(uniforms[s]))
        run_ = Decimal(0)
        pick = kept[-1]
        for t in kept:
            run_ += p[t] / mass
            margin = min(margin, abs(run_ - u))
            if run_ > u:
                pick = t
                break
        out.append(pick)
        used.add(pick)
    return out, margin


def sample_tokens(logits, history, steps, temperature, top_p, penalty, uniforms):
    return run(logits, history, steps, temperature, top_p, penalty, uniforms)[0]
