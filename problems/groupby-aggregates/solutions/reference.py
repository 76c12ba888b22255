def group_aggregate(csv_text: str, key: str, value: str) -> list[list]:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line.strip() != ""]
    if not lines:
        return []
    header = [h.strip() for h in lines[0].split(",")]
    ki, vi = header.index(key), header.index(value)
    groups: dict[str, list[float]] = {}
    for line in lines[1:]:
        fields = [f.strip() for f in line.split(",")]
        k, v = fields[ki], fields[vi]
        if k == "" or v == "":
            continue
        groups.setdefault(k, []).append(float(v))
    out = []
    for g, vals in groups.items():
        vals.sort()
        n = len(vals)
        median = vals[n // 2] if n % 2 == 1 else (vals[n // 2 - 1] + vals[n // 2]) / 2
        out.append([g, n, sum(vals) / n, median])
    out.sort(key=lambda row: (-row[1], row[0]))
    return out
