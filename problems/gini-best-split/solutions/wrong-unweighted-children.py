def _gini_from_sum_sq(sum_sq: int, size: int) -> float:
    return 1.0 - sum_sq / (size * size)


def best_split(X: list[list[float]], y: list[int]) -> list[float]:
    n = len(y)
    n_classes = max(y) + 1 if n else 1
    total = [0] * n_classes
    for label in y:
        total[label] += 1
    parent = _gini_from_sum_sq(sum(c * c for c in total), n) if n else 0.0
    best = [-1, 0.0, parent]
    best_score = None
    d = len(X[0]) if n else 0
    for j in range(d):
        order = sorted(range(n), key=lambda i: X[i][j])
        left = [0] * n_classes
        right = total[:]
        # maintain sum of squared counts on each side incrementally: O(1) per moved row
        sq_left, sq_right = 0, sum(c * c for c in total)
        for pos in range(n - 1):
            i = order[pos]
            c = y[i]
            sq_left += 2 * left[c] + 1
            left[c] += 1
            sq_right -= 2 * right[c] - 1
            right[c] -= 1
            a, b = X[i][j], X[order[pos + 1]][j]
            if a == b:
                continue
            n_left = pos + 1
            n_right = n - n_left
            score = (_gini_from_sum_sq(sq_left, n_left) + _gini_from_sum_sq(sq_right, n_right)) / 2
            if best_score is None or score < best_score - 1e-12:
                best_score = score
                best = [j, (a + b) / 2, score]
    return best
