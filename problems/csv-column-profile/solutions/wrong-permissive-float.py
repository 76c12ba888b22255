MISSING = {"", "na", "n/a", "null", "nan"}


def _kind(v):
    try:
        int(v)
        return "int"
    except ValueError:
        pass
    try:
        float(v)  # accepts 1e3, 7E2, +5, .5, inf ...
        return "float"
    except ValueError:
        return "str"


def profile_csv(csv_text: str) -> dict:
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    header = [h.strip() for h in lines[0].split(",")]
    cols = [[] for _ in header]
    for line in lines[1:]:
        f = line.split(",")
        for j in range(len(header)):
            cols[j].append(f[j].strip() if j < len(f) else "")
    out = {}
    for name, vals in zip(header, cols):
        present = [v for v in vals if v.lower() not in MISSING]
        miss = len(vals) - len(present)
        kinds = {_kind(v) for v in present}
        if not present:
            out[name] = {"type": "empty", "missing": miss}
        elif "str" in kinds:
            out[name] = {"type": "str", "missing": miss}
        else:
            t = "int" if kinds == {"int"} else "float"
            out[name] = {"type": t, "missing": miss, "mean": sum(float(v) for v in present) / len(present)}
    return out
