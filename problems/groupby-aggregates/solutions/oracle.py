# Independent oracle (numpy + csv + statistics, no pandas needed): lines are read with the csv
# module (QUOTE_NONE), rows with an empty key or value are dropped, groups are numbered with
# np.unique (inverse), counts come from np.bincount, means are exactly rounded sums
# (math.fsum) over the count, medians come from statistics.median, and the output order is
# np.lexsort on (name, -count).
import csv
import math
import statistics
import numpy as np


def group_aggregate(csv_text, key, value):
    lines = [l[:-1] if l.endswith("\r") else l for l in csv_text.split("\n")]
    lines = [l for l in lines if l.strip() != ""]
    if len(lines) <= 1:
        return []
    rows = [[f.strip() for f in r] for r in csv.reader(lines, quoting=csv.QUOTE_NONE)]
    header = rows[0]
    ki, vi = header.index(key), header.index(value)
    keys = [r[ki] for r in rows[1:] if r[ki] != "" and r[vi] != ""]
    vals = [float(r[vi]) for r in rows[1:] if r[ki] != "" and r[vi] != ""]
    if not keys:
        return []
    names, inv = np.unique(np.array(keys, dtype=object), return_inverse=True)
    counts = np.bincount(inv)
    members = [[] for _ in names]
    for gi, x in zip(inv.tolist(), vals):
        members[gi].append(x)
    order = np.lexsort((np.arange(len(names)), -counts))  # names are already sorted ascending
    out = []
    for gi in order.tolist():
        xs = members[gi]
        out.append([str(names[gi]), int(counts[gi]), math.fsum(xs) / len(xs), float(statistics.median(xs))])
    return out
