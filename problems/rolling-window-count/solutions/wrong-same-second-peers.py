from bisect import bisect_left, bisect_right


def _load(csv_text, keep_missing_amount=True):
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    h = [x.strip() for x in lines[0].split(",")]
    ci, ti, ai = h.index("card_id"), h.index("ts"), h.index("amount")
    rows = [[x.strip() for x in l.split(",")] for l in lines[1:]]
    by = {}
    for i, r in enumerate(rows):
        if r[ci] and r[ti] and (keep_missing_amount or r[ai]):
            by.setdefault(r[ci], []).append((int(r[ti]), float(r[ai]) if r[ai] else 0.0, i))
    for evs in by.values():
        evs.sort()
    return rows, by


def _prefix(evs):
    p = [0.0]
    for _, a, _ in evs:
        p.append(p[-1] + a)
    return p


def rolling_features(csv_text: str, window: int) -> list[list[float]]:
    # Excludes the row itself but keeps other rows logged in the same second.
    rows, by = _load(csv_text)
    out = [[0, 0.0] for _ in rows]
    for evs in by.values():
        ts, p = [e[0] for e in evs], _prefix(evs)
        for t, a, i in evs:
            lo, hi = bisect_left(ts, t - window), bisect_right(ts, t)
            out[i] = [hi - lo - 1, p[hi] - p[lo] - a]
    return out
