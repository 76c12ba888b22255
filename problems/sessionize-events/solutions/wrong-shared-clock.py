def sessionize(csv_text: str, gap: int) -> list[int]:
    # Sorts all events by time but compares each one with the previous event of ANY user.
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    h = [x.strip() for x in lines[0].split(",")]
    ui, ti = h.index("user_id"), h.index("ts")
    rows = [[x.strip() for x in l.split(",")] for l in lines[1:]]
    out = [-1] * len(rows)
    evs = sorted((int(r[ti]), i, r[ui]) for i, r in enumerate(rows) if r[ui] and r[ti])
    count, prev = {}, None
    for ts, i, u in evs:
        if u not in count:
            count[u] = 0
        elif prev is not None and ts - prev > gap:
            count[u] += 1
        out[i], prev = count[u], ts
    return out
