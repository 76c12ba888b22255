import math


def ensemble_predict(member_probs: list[list[list[float]]], max_entropy: float) -> list[int]:
    n_members = len(member_probs)
    n = len(member_probs[0])
    out = []
    for i in range(n):
        n_classes = len(member_probs[0][i])
        avg = [sum(member_probs[m][i][c] for m in range(n_members)) / n_members
               for c in range(n_classes)]
        entropy = -sum(p * math.log(p) for p in avg if p > 0)
        if entropy > max_entropy:
            out.append(-1)
            continue
        best = 0
        for c in range(1, n_classes):
            if avg[c] > avg[best]:
                best = c
        out.append(best)
    return out
