import math


def fgsm_attack(x: list[list[float]], labels: list[int], W: list[list[float]], b: list[float],
                eps: float, lo: list[float], hi: list[float]) -> list[list[float]]:
    out = []
    for row, y in zip(x, labels):
        z = [bc + sum(w * v for w, v in zip(wc, row)) for wc, bc in zip(W, b)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        p = [ei / sum(e) for ei in e]
        p[y] -= 1.0
        grad = [sum(W[c][j] * p[c] for c in range(len(W))) for j in range(len(row))]
        out.append([min(hi[j], max(lo[j], v + eps * g)) for j, (v, g) in enumerate(zip(row, grad))])
    return out
