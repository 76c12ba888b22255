def leaked_test_rows(train: list[list[float]], test: list[list[float]]) -> list[int]:
    # Tuples of floats hash by value: 2 == 2.0 and 0.0 == -0.0 hash alike.
    seen = {tuple(float(v) for v in row) for row in train}
    return [j for j, row in enumerate(test) if tuple(float(v) for v in row) in seen]
