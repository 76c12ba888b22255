# Oracle (not shipped): sort-based instead of a running hash map. Every keyed row becomes a
# tuple (entity, has_value, value, row); after one sort, the last tuple of each entity's run is
# the winner (largest value, a present value beats a missing one, and the later row wins a tie
# because the row index is the last sort key). Rows with an empty key are all kept.
def dedup_latest(csv_text, key, order_by):
    lines = []
    for line in csv_text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if line.strip(" \t\r\n\f\v") == "":
            continue
        lines.append(line)
    if not lines:
        return []
    header = [h.strip() for h in lines[0].split(",")]
    ki = header.index(key)
    ti = header.index(order_by)
    keep = []
    tuples = []
    for row, line in enumerate(lines[1:]):
        fields = [f.strip() for f in line.split(",")]
        entity = fields[ki].lower()
        if entity == "":
            keep.append(row)
            continue
        value = fields[ti]
        tuples.append((entity, value != "", int(value) if value != "" else 0, row))
    tuples.sort()
    for j, t in enumerate(tuples):
        if j + 1 == len(tuples) or tuples[j + 1][0] != t[0]:
            keep.append(t[3])
    keep.sort()
    return keep
