import re

MISSING = {"", "na", "n/a", "null", "nan"}
INT_RE = re.compile(r"-?[0-9]+")
FLOAT_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def profile_csv(csv_text: str) -> dict:
    # Divides by the number of rows, i.e. treats every missing value as 0 in the mean.
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
        present = [v for v in vals if v.lower() not in MISSING]
        miss = len(vals) - len(present)
        if not present:
            out[name] = {"type": "empty", "missing": miss}
        elif all(FLOAT_RE.fullmatch(v) for v in present):
            t = "int" if all(INT_RE.fullmatch(v) for v in present) else "float"
            out[name] = {"type": t, "missing": miss, "mean": sum(map(float, present)) / len(vals)}
        else:
            out[name] = {"type": "str", "missing": miss}
    return out
