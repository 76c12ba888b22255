def dedup_latest(csv_text: str, key: str, order_by: str) -> list[int]:
    # Keeps the first occurrence of every entity, like a plain drop_duplicates().
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    header = [h.strip() for h in lines[0].split(",")]
    ki = header.index(key)
    seen, keep = set(), []
    for row, line in enumerate(lines[1:]):
        e = line.split(",")[ki].strip().lower()
        if e == "" or e not in seen:
            keep.append(row)
            seen.add(e)
    return keep
