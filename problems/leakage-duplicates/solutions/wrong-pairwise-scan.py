def leaked_test_rows(train: list[list[float]], test: list[list[float]]) -> list[int]:
    # Correct answer, but scans the whole training list for every test row: O(n * m).
    return [j for j, row in enumerate(test) if row in train]
