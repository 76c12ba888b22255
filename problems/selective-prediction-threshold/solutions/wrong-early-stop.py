def abstain_threshold(confidences: list[float], correct: list[int], target_accuracy: float) -> list[float]:
    n = len(confidences)
    order = sorted(range(n), key=lambda i: -confidences[i])
    best = [float("inf"), 0.0]
    accepted = hits = 0
    k = 0
    while k < n:
        tau = confidences[order[k]]
        while k < n and confidences[order[k]] == tau:
            accepted += 1
            hits += correct[order[k]]
            k += 1
        if hits >= target_accuracy * accepted - 1e-9:
            best = [tau, accepted / n]
        else:
            break  # "accuracy only gets worse from here"
    return best
