import math


def _input_gradient(row, y, W, b):
    z = [bc + sum(w * v for w, v in zip(wc, row)) for wc, bc in zip(W, b)]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = math.fsum(e)
    delta = [ei / total for ei in e]
    delta[y] -= 1.0
    d = len(row)
    return [sum(W[c][j] * delta[c] for c in range(len(W))) for j in range(d)]


def fgsm_attack(x: list[list[float]], labels: list[int], W: list[list[float]], b: list[float],
                eps: float, lo: list[float], hi: list[float]) -> list[list[float]]:
    out = []
    for row, y in zip(x, labels):
        grad = _input_gradient(row, y, W, b)
        adv = []
        for j, (v, g) in enumerate(zip(row, grad)):
            s = 1.0 if g > 0 else (-1.0 if g < 0 else 0.0)
            adv.append(min(hi[j], max(lo[j], v + eps * s)))
        out.append(adv)
    return out
