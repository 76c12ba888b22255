def sessionize(csv_text: str, gap: int) -> list[int]:
    # Starts a new session when the difference is >= gap instead of > gap.
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    h = [x.strip() for x in lines[0].split(",")]
    ui, ti = h.index("user_id"), h.index("ts")
    rows = [[x.strip() for x in l.split(",")] for l in lines[1:]]
    out = [-1] * len(rows)
    by = {}
    for i, r in enumerate(rows):
        if r[ui] and r[ti]:
            by.setdefault(r[ui], []).append((int(r[ti]), i))
    for evs in by.values():
        evs.sort()
        s, prev = 0, evs[0][0]
        for ts, i in evs:
            if ts != prev and ts - prev >= gap:
                s += 1
            out[i], prev = s, ts
    return out
