import math


def ensemble_predict(member_probs: list[list[list[float]]], max_entropy: float) -> list[int]:
    n_members = len(member_probs)
    out = []
    for i in range(len(member_probs[0])):
        n_classes = len(member_probs[0][i])
        avg = [sum(member_probs[m][i][c] for m in range(n_members)) / n_members
               for c in range(n_classes)]
        member_entropy = sum(
            -sum(p * math.log(p) for p in member_probs[m][i] if p > 0) for m in range(n_members)
        ) / n_members
        if member_entropy > max_entropy:
            out.append(-1)
        else:
            out.append(avg.index(max(avg)))
    return out
