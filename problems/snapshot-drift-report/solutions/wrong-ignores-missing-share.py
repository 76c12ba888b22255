import math


def _cols(csv_text):
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    h = [x.strip() for x in lines[0].split(",")]
    rows = [[f.strip() for f in l.split(",")] for l in lines[1:]]
    return h, {n: [r[j] for r in rows] for j, n in enumerate(h)}


def drift_report(reference_csv: str, current_csv: str, mean_threshold: float, missing_threshold: float) -> dict:
    # Reports the missing-share change but only alerts on the mean of the values that are present.
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
            sd = math.sqrt(sum((v - m) ** 2 for v in rv) / len(rv))
            shift = abs(sum(cv) / len(cv) - m) / (sd if sd > 1e-9 else 1.0)
        out[n] = {"mean_shift": shift, "missing_delta": delta, "drifted": shift > mean_threshold}
    return out
