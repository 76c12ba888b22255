def sessionize(csv_text: str, gap: int) -> list[int]:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line.strip() != ""]
    header = [h.strip() for h in lines[0].split(",")]
    ui, ti = header.index("user_id"), header.index("ts")
    rows = [[f.strip() for f in line.split(",")] for line in lines[1:]]
    result = [-1] * len(rows)
    by_user: dict[str, list[tuple[int, int]]] = {}
    for i, r in enumerate(rows):
        if r[ui] != "" and r[ti] != "":
            by_user.setdefault(r[ui], []).append((int(r[ti]), i))
    for events in by_user.values():
        events.sort()
        session = 0
        prev = events[0][0]
        for ts, i in events:
            if ts - prev > gap:
                session += 1
            result[i] = session
            prev = ts
    return result
