import math


def bce_with_logits(logits: list[float], labels: list[float]) -> float:
    if not logits:
        return 0.0
    total = math.fsum(
        max(z, 0.0) - z * y + math.log1p(math.exp(-abs(z)))
        for z, y in zip(logits, labels)
    )
    return total / len(logits)
