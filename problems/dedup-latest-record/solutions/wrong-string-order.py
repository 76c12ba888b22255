def dedup_latest(csv_text: str, key: str, order_by: str) -> list[int]:
    # Compares order_by as text, so "10" < "9".
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    header = [h.strip() for h in lines[0].split(",")]
    ki, ti = header.index(key), header.index(order_by)
    keep, best = [], {}
    for row, line in enumerate(lines[1:]):
        f = [x.strip() for x in line.split(",")]
        e = f[ki].lower()
        if e == "":
            keep.append(row)
        elif e not in best or f[ti] >= best[e][0]:
            best[e] = (f[ti], row)
    return sorted(keep + [r for _, r in best.values()])
