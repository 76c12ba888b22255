def sparse_dot(a: list[list[float]], b: list[list[float]]) -> float:
    # Correct sum (each pair of entries with equal index contributes), but O(|a| * |b|).
    total = 0.0
    for i, x in a:
        for j, y in b:
            if i == j:
                total += x * y
    return total
