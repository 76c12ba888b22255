import math


def ensemble_predict(member_probs: list[list[list[float]]], max_entropy: float) -> list[int]:
    n_members = len(member_probs)
    out = []
    for i in range(len(member_probs[0])):
        n_classes = len(member_probs[0][i])
        avg = [sum(member_probs[m][i][c] for m in range(n_members)) / n_members
               for c in range(n_classes)]
        entropy = -sum(p * math.log(p) for p in avg if p > 0)
        if entropy > max_entropy:
            out.append(-1)
            continue
        votes = [0] * n_classes
        for m in range(n_members):
            probs = member_probs[m][i]
            votes[probs.index(max(probs))] += 1
        out.append(votes.index(max(votes)))
    return out
