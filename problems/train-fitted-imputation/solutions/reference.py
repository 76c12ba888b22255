def _rows(csv_text: str) -> list[list[str]]:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line != ""]
    return [[f.strip() for f in line.split(",")] for line in lines[1:]]


def _median(values: list[float]) -> float:
    values = sorted(values)
    n = len(values)
    if n == 0:
        return 0.0
    if n % 2 == 1:
        return values[n // 2]
    return (values[n // 2 - 1] + values[n // 2]) / 2


def impute_for_serving(train_csv: str, serve_csv: str) -> list[list[float]]:
    train = _rows(train_csv)
    serve = _rows(serve_csv)
    n_cols = len(train_csv.split("\n", 1)[0].split(","))
    fills = [_median([float(r[j]) for r in train if r[j] != ""]) for j in range(n_cols)]
    return [[float(r[j]) if r[j] != "" else fills[j] for j in range(n_cols)] for r in serve]
