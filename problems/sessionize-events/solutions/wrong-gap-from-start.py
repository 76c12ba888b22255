def sessionize(csv_text: str, gap: int) -> list[int]:
    # Measures inactivity from the first event of the session instead of the previous event
    # (a fixed window, not an inactivity gap).
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
        s, start = 0, evs[0][0]
        for ts, i in evs:
            if ts - start > gap:
                s += 1
                start = ts
            out[i] = s
    return out
