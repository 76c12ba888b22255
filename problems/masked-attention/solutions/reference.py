import math


def masked_attention(q: list[list[float]], k: list[list[float]], v: list[list[float]],
                     mask: list[list[bool]]) -> list[list[float]]:
    if not q:
        return []
    d = len(q[0])
    dv = len(v[0])
    scale = 1.0 / math.sqrt(d)
    out = []
    for qi, row_mask in zip(q, mask):
        allowed = [j for j, ok in enumerate(row_mask) if ok]
        if not allowed:
            out.append([0.0] * dv)
            continue
        scores = [sum(a * b for a, b in zip(qi, k[j])) * scale for j in allowed]
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        total = math.fsum(weights)
        o = [0.0] * dv
        for j, w in zip(allowed, weights):
            w /= total
            vj = v[j]
            for c in range(dv):
                o[c] += w * vj[c]
        out.append(o)
    return out
