import math


def masked_attention(q: list[list[float]], k: list[list[float]], v: list[list[float]],
                     mask: list[list[bool]]) -> list[list[float]]:
    out = []
    for qi, row_mask in zip(q, mask):
        d = len(qi)
        dv = len(v[0])
        allowed = [j for j, ok in enumerate(row_mask) if ok]
        if not allowed:
            out.append([0.0] * dv)
            continue
        exps = [math.exp(sum(a * b for a, b in zip(qi, k[j])) / math.sqrt(d)) for j in allowed]
        total = sum(exps)
        out.append([sum(e / total * v[j][c] for e, j in zip(exps, allowed)) for c in range(dv)])
    return out
