def group_aggregate(csv_text: str, key: str, value: str) -> list[list]:
    # An empty value is read as 0 instead of being ignored.
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    header = [h.strip() for h in lines[0].split(",")]
    ki, vi = header.index(key), header.index(value)
    groups = {}
    for line in lines[1:]:
        f = [x.strip() for x in line.split(",")]
        if f[ki] == "":
            continue
        groups.setdefault(f[ki], []).append(float(f[vi]) if f[vi] != "" else 0.0)
    out = []
    for g, vals in groups.items():
        vals.sort()
        n = len(vals)
        med = vals[n // 2] if n % 2 else (vals[n // 2 - 1] + vals[n // 2]) / 2
        out.append([g, n, sum(vals) / n, med])
    out.sort(key=lambda r: (-r[1], r[0]))
    return out
