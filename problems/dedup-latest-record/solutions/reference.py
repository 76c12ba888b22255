def dedup_latest(csv_text: str, key: str, order_by: str) -> list[int]:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line.strip() != ""]
    header = [h.strip() for h in lines[0].split(",")]
    ki, ti = header.index(key), header.index(order_by)
    keep = []
    best: dict[str, tuple[tuple[int, int], int]] = {}  # entity -> ((has_time, time), row)
    for row, line in enumerate(lines[1:]):
        fields = [f.strip() for f in line.split(",")]
        entity = fields[ki].lower()
        if entity == "":
            keep.append(row)
            continue
        rank = (1, int(fields[ti])) if fields[ti] != "" else (0, 0)
        # >= : a later row wins a tie
        if entity not in best or rank >= best[entity][0]:
            best[entity] = (rank, row)
    keep.extend(row for _, row in best.values())
    return sorted(keep)
