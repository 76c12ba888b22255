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
    # Among events with the same latest time, keeps the first one in the file instead of the last.
    events = _events(features_csv)
    lh, lrows = _table(labels_csv)
    out = []
    for r in lrows:
        e, t = r[lh["entity_id"]], int(r[lh["label_time"]])
        ok = [ev for ev in events.get(e, []) if t - ttl <= ev[0] < t] if e != "" else []
        out.append(min(ok, key=lambda ev: (-ev[0], ev[1]))[2] if ok else default)
    return out
