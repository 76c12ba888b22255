def _table(csv_text):
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    header = {h.strip(): j for j, h in enumerate(lines[0].split(","))}
    return header, [[f.strip() for f in l.split(",")] for l in lines[1:]]


def _events(features_csv):
    fh, frows = _table(features_csv)
    events = {}
    for pos, r in enumerate(frows):
        if r[fh["value"]] != "":
            events.setdefault(r[fh["entity_id"]], []).append((int(r[fh["event_time"]]), pos, float(r[fh["value"]])))
    return events


def point_in_time_join(labels_csv: str, features_csv: str, ttl: int, default: float) -> list[float]:
    # Joins the latest known value of the entity, whenever it was logged (a "current snapshot" join).
    events = _events(features_csv)
    lh, lrows = _table(labels_csv)
    out = []
    for r in lrows:
        e = r[lh["entity_id"]]
        out.append(max(events[e])[2] if e != "" and e in events else default)
    return out
