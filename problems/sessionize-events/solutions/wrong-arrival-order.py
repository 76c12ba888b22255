def sessionize(csv_text: str, gap: int) -> list[int]:
    # Processes events in file (arrival) order, as a naive streaming job would; never sorts by ts.
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    h = [x.strip() for x in lines[0].split(",")]
    ui, ti = h.index("user_id"), h.index("ts")
    out, state = [], {}
    for line in lines[1:]:
        f = [x.strip() for x in line.split(",")]
        if f[ui] == "" or f[ti] == "":
            out.append(-1)
            continue
        ts = int(f[ti])
        if f[ui] not in state:
            state[f[ui]] = [0, ts]
        elif abs(ts - state[f[ui]][1]) > gap:
            state[f[ui]][0] += 1
        state[f[ui]][1] = ts
        out.append(state[f[ui]][0])
    return out
