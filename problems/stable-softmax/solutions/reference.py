import math


def softmax(logits: list[float]) -> list[float]:
    if not logits:
        return []
    m = max(logits)
    exps = [math.exp(z - m) for z in logits]
    total = math.fsum(exps)
    return [e / total for e in exps]
