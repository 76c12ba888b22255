import re

MISSING = {"", "na", "n/a", "null", "nan"}
INT_RE = re.compile(r"-?[0-9]+")
FLOAT_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def profile_csv(csv_text: str) -> dict:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line.strip() != ""]
    if not lines:
        return {}
    header = [h.strip() for h in lines[0].split(",")]
    columns = [[] for _ in header]
    for line in lines[1:]:
        fields = line.split(",")
        for j in range(len(header)):
            columns[j].append(fields[j].strip() if j < len(fields) else "")
    result = {}
    for name, values in zip(header, columns):
        present = [v for v in values if v.lower() not in MISSING]
        missing = len(values) - len(present)
        if not present:
            result[name] = {"type": "empty", "missing": missing}
        elif all(INT_RE.fullmatch(v) for v in present):
            result[name] = {"type": "int", "missing": missing, "mean": sum(int(v) for v in present) / len(present)}
        elif all(FLOAT_RE.fullmatch(v) for v in present):
            result[name] = {"type": "float", "missing": missing, "mean": sum(float(v) for v in present) / len(present)}
        else:
            result[name] = {"type": "str", "missing": missing}
    return result
