import math


def masked_attention(q: list[list[float]], k: list[list[float]], v: list[list[float]],
                     mask: list[list[bool]]) -> list[list[float]]:
    out = []
    for qi, row_mask in zip(q, mask):
        d = len(qi)
        scores = [
            sum(a * b for a, b in zip(qi, kj)) / math.sqrt(d) if ok else -math.inf
            for kj, ok in zip(k, row_mask)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        weights = [e / total for e in exps]
        dv = len(v[0])
        out.append([sum(w * vj[c] for w, vj in zip(weights, v)) for c in range(dv)])
    return out
