import math


def _cols(csv_text):
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    h = [x.strip() for x in lines[0].split(",")]
    rows = [[f.strip() for f in l.split(",")] for l in lines[1:]]
    return h, {n: [r[j] for r in rows] for j, n in enumerate(h)}


def drift_report(reference_csv: str, current_csv: str, mean_threshold: float, missing_threshold: float) -> dict:
    # Divides by the sample standard deviation (n - 1) instead of the population one.
    _, ref = _cols(reference_csv)
    _, cur = _cols(current_csv)
    out = {}
    for n, rr in ref.items():
        cr = cur[n]
        rv = [float(v) for v in rr if v]
        cv = [float(v) for v in cr if v]
        delta = (len(cr) - len(cv)) / len(cr) - (len(rr) - len(rv)) / len(rr)
        shift = 0.0
        if rv and cv:
            m = sum(rv) / len(rv)
            sd = math.sqrt(sum((v - m) ** 2 for v in rv) / (len(rv) - 1)) if len(rv) > 1 else 0.0
            shift = abs(sum(cv) / len(cv) - m) / (sd if sd > 1e-9 else 1.0)
        out[n] = {"mean_shift": shift, "missing_delta": delta, "drifted": shift > mean_threshold or abs(delta) > missing_threshold}
    return out
