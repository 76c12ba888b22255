def _gini(labels: list[int]) -> float:
    if not labels:
        return 0.0
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    n = len(labels)
    return 1.0 - sum((c / n) ** 2 for c in counts.values())


def best_split(X: list[list[float]], y: list[int]) -> list[float]:
    n = len(y)
    best = [-1, 0.0, _gini(y)]
    best_score = None
    for j in range(len(X[0]) if n else 0):
        values = sorted(set(row[j] for row in X))
        for a, b in zip(values, values[1:]):
            t = (a + b) / 2
            left = [y[i] for i in range(n) if X[i][j] <= t]
            right = [y[i] for i in range(n) if X[i][j] > t]
            score = (len(left) * _gini(left) + len(right) * _gini(right)) / n
            if best_score is None or score < best_score - 1e-12:
                best_score = score
                best = [j, t, score]
    return best
