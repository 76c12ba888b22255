def _rows(csv_text):
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    return [[f.strip() for f in l.split(",")] for l in lines[1:]], len(lines[0].split(","))


def _median(v):
    v = sorted(v)
    n = len(v)
    if n == 0:
        return 0.0
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2


def impute_for_serving(train_csv: str, serve_csv: str) -> list[list[float]]:
    # Reads missing training fields as 0 before taking the median.
    train, m = _rows(train_csv)
    serve, _ = _rows(serve_csv)
    fills = [_median([float(r[j]) if r[j] != "" else 0.0 for r in train]) for j in range(m)]
    return [[float(r[j]) if r[j] != "" else fills[j] for j in range(m)] for r in serve]
