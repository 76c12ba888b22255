# Independent oracle: pandas.merge_asof (backward, by entity, allow_exact_matches=False for the
# strict "before the label" rule, tolerance=ttl for the window start). Feature rows are stably
# sorted by (event_time, file position) so that among equal times the last-written row is the
# one merge_asof picks. Labels without entity or time get the default.
import pandas as pd


def _frame(csv_text):
    lines = []
    for line in csv_text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if line.strip() != "":
            lines.append([f.strip() for f in line.split(",")])
    return pd.DataFrame(lines[1:], columns=lines[0], dtype=object) if len(lines) > 1 else pd.DataFrame(columns=lines[0])


def point_in_time_join(labels_csv, features_csv, ttl, default):
    lab = _frame(labels_csv)
    fea = _frame(features_csv)
    lab = lab[["entity_id", "label_time"]].copy()
    lab["row"] = range(len(lab))
    out = [float(default)] * len(lab)
    ok = (lab["entity_id"] != "") & (lab["label_time"] != "")
    lab = lab[ok].copy()
    fea = fea[["entity_id", "event_time", "value"]].copy()
    fea["pos"] = range(len(fea))
    fea = fea[fea["value"] != ""].copy()
    if len(lab) == 0 or len(fea) == 0:
        return out
    lab["t"] = lab["label_time"].astype("int64")
    fea["t"] = fea["event_time"].astype("int64")
    fea["v"] = fea["value"].astype(float)
    fea = fea.sort_values(["t", "pos"], kind="mergesort")
    lab = lab.sort_values("t", kind="mergesort")
    m = pd.merge_asof(lab[["row", "entity_id", "t"]], fea[["entity_id", "t", "v"]], on="t",
                      by="entity_id", direction="backward", allow_exact_matches=False,
                      tolerance=int(ttl))
    for row, v in zip(m["row"], m["v"]):
        if pd.notna(v):
            out[int(row)] = float(v)
    return out
