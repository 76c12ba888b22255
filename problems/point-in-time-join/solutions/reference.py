from bisect import bisect_left


def _table(csv_text: str) -> tuple[dict[str, int], list[list[str]]]:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line.strip() != ""]
    header = {h.strip(): j for j, h in enumerate(lines[0].split(","))}
    return header, [[f.strip() for f in line.split(",")] for line in lines[1:]]


def point_in_time_join(labels_csv: str, features_csv: str, ttl: int, default: float) -> list[float]:
    fh, frows = _table(features_csv)
    fe, ft, fv = fh["entity_id"], fh["event_time"], fh["value"]
    # per entity: events sorted by (time, file position); the last of equal times wins
    events: dict[str, list[tuple[int, int, float]]] = {}
    for pos, r in enumerate(frows):
        if r[fv] == "":
            continue
        events.setdefault(r[fe], []).append((int(r[ft]), pos, float(r[fv])))
    times: dict[str, list[int]] = {}
    for e, evs in events.items():
        evs.sort()
        times[e] = [t for t, _, _ in evs]

    lh, lrows = _table(labels_csv)
    le, lt = lh["entity_id"], lh["label_time"]
    out = []
    for r in lrows:
        e = r[le]
        result = default
        if e != "" and r[lt] != "" and e in times:
            t = int(r[lt])
            k = bisect_left(times[e], t) - 1  # last event with time < t
            if k >= 0 and times[e][k] >= t - ttl:
                result = events[e][k][2]
        out.append(result)
    return out
