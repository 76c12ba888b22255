import math


def _rows(csv_text: str) -> list[list[str]]:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line != ""]
    return [[f.strip() for f in line.split(",")] for line in lines[1:]]


def _quantile(xs: list[float], q: float) -> float:
    h = (len(xs) - 1) * q
    i = math.floor(h)
    j = min(i + 1, len(xs) - 1)
    return xs[i] + (h - i) * (xs[j] - xs[i])


def clip_with_train_quantiles(train_csv: str, serve_csv: str, lower_q: float, upper_q: float) -> list[list[float]]:
    train = _rows(train_csv)
    serve = _rows(serve_csv)
    n_cols = len(train_csv.split("\n", 1)[0].split(","))
    bounds = []
    for j in range(n_cols):
        xs = sorted(float(r[j]) for r in train if r[j] != "")
        if xs:
            bounds.append((_quantile(xs, lower_q), _quantile(xs, upper_q)))
        else:
            bounds.append((-math.inf, math.inf))
    out = []
    for r in serve:
        row = []
        for j in range(n_cols):
            if r[j] == "":
                row.append(math.nan)
            else:
                lo, hi = bounds[j]
                row.append(min(max(float(r[j]), lo), hi))
        out.append(row)
    return out
