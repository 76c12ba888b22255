import math


def sample_tokens(logits, history, steps, temperature, top_p, penalty, uniforms):
    V = len(logits)
    used = set(history)
    out = []
    for s in range(steps):
        z = []
        for t in range(V):
            l = logits[t]
            if t in used:
                l = l / penalty
            z.append(l / temperature)
        m = max(z)
        e = [math.exp(x - m) for x in z]
        total = sum(e)
        p = [x / total for x in e]
        order = sorted(range(V), key=lambda t: (-p[t], t))
        kept = []
        cum = 0.0
        for t in order:
            kept.append(t)
            cum += p[t]
            if cum >= top_p:
                break
        mass = sum(p[t] for t in kept)
        u = uniforms[s]
        run = 0.0
        pick = kept[-1]
        for t in kept:
            run += p[t] / mass
            if run > u:
                pick = t
                break
        out.append(pick)
        used.add(pick)
    return out
