import math


def softmax(logits: list[float]) -> list[float]:
    if not logits:
        return []
    mean = sum(logits) / len(logits)
    exps = [math.exp(z - mean) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]
