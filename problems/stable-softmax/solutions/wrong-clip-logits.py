import math


def softmax(logits: list[float]) -> list[float]:
    clipped = [min(max(z, -500.0), 500.0) for z in logits]
    exps = [math.exp(z) for z in clipped]
    total = sum(exps)
    return [e / total for e in exps]
