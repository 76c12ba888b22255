import math


def _rows(csv_text):
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    return [[f.strip() for f in l.split(",")] for l in lines[1:]], len(lines[0].split(","))


def _q(xs, q):
    h = (len(xs) - 1) * q
    i = math.floor(h)
    return xs[i] + (h - i) * (xs[min(i + 1, len(xs) - 1)] - xs[i])


def _apply(serve, m, bounds):
    return [[math.nan if r[j] == "" else min(max(float(r[j]), bounds[j][0]), bounds[j][1]) for j in range(m)] for r in serve]


def clip_with_train_quantiles(train_csv: str, serve_csv: str, lower_q: float, upper_q: float) -> list[list[float]]:
    # Takes the order statistic at floor((m - 1) * q) without interpolating.
    train, m = _rows(train_csv)
    serve, _ = _rows(serve_csv)
    bounds = []
    for j in range(m):
        xs = sorted(float(r[j]) for r in train if r[j] != "")
        if xs:
            bounds.append((xs[int((len(xs) - 1) * lower_q)], xs[int((len(xs) - 1) * upper_q)]))
        else:
            bounds.append((-math.inf, math.inf))
    return _apply(serve, m, bounds)
