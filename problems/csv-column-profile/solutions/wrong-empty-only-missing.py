import re

INT_RE = re.compile(r"-?[0-9]+")
FLOAT_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def profile_csv(csv_text: str) -> dict:
    # Only an empty field counts as missing; NA / null / NaN are treated as data.
    lines = [l[:-1] if l.endswith("\r") else l for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    header = [h.strip() for h in lines[0].split(",")]
    cols = [[] for _ in header]
    for line in lines[1:]:
        f = line.split(",")
        for j in range(len(header)):
            cols[j].append(f[j].strip() if j < len(f) else "")
    out = {}
    for name, vals in zip(header, cols):
        present = [v for v in vals if v != ""]
        miss = len(vals) - len(present)
        if not present:
            out[name] = {"type": "empty", "missing": miss}
        elif all(INT_RE.fullmatch(v) for v in present):
            out[name] = {"type": "int", "missing": miss, "mean": sum(map(int, present)) / len(present)}
        elif all(FLOAT_RE.fullmatch(v) for v in present):
            out[name] = {"type": "float", "missing": miss, "mean": sum(map(float, present)) / len(present)}
        else:
            out[name] = {"type": "str", "missing": miss}
    return out
