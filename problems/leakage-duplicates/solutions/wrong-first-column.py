def leaked_test_rows(train: list[list[float]], test: list[list[float]]) -> list[int]:
    # Treats the first column as a record key: a shared key counts as a duplicate.
    keys = {row[0] for row in train if row}
    return [j for j, row in enumerate(test) if row and row[0] in keys]
