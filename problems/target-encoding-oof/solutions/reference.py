def _table(csv_text: str) -> tuple[list[str], list[list[str]]]:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line != ""]
    header = [h.strip() for h in lines[0].split(",")]
    return header, [[f.strip() for f in line.split(",")] for line in lines[1:]]


def _enc(s: float, cnt: int, m: float, prior: float) -> float:
    return prior if cnt + m == 0 else (s + m * prior) / (cnt + m)


def target_encode(train_csv: str, serve_csv: str, column: str, target: str,
                  n_folds: int, smoothing: float) -> list[list[float]]:
    header, rows = _table(train_csv)
    ci, ti = header.index(column), header.index(target)
    cats = [r[ci] for r in rows]
    ys = [float(r[ti]) for r in rows]
    n = len(rows)

    # totals over all training rows, per category and per (fold, category)
    tot_s: dict[str, float] = {}
    tot_n: dict[str, int] = {}
    fold_s: list[dict[str, float]] = [{} for _ in range(n_folds)]
    fold_n: list[dict[str, int]] = [{} for _ in range(n_folds)]
    fold_ysum = [0.0] * n_folds
    fold_cnt = [0] * n_folds
    for i, (c, y) in enumerate(zip(cats, ys)):
        f = i % n_folds
        tot_s[c] = tot_s.get(c, 0.0) + y
        tot_n[c] = tot_n.get(c, 0) + 1
        fold_s[f][c] = fold_s[f].get(c, 0.0) + y
        fold_n[f][c] = fold_n[f].get(c, 0) + 1
        fold_ysum[f] += y
        fold_cnt[f] += 1
    y_total = sum(ys)

    train_enc = []
    for i, c in enumerate(cats):
        f = i % n_folds
        prior = (y_total - fold_ysum[f]) / (n - fold_cnt[f])
        s = tot_s[c] - fold_s[f][c]
        cnt = tot_n[c] - fold_n[f][c]
        train_enc.append(_enc(s, cnt, smoothing, prior))

    prior = y_total / n
    s_header, s_rows = _table(serve_csv)
    sci = s_header.index(column)
    serve_enc = [_enc(tot_s.get(r[sci], 0.0), tot_n.get(r[sci], 0), smoothing, prior) for r in s_rows]
    return [train_enc, serve_enc]
