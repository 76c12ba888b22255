import math


def _cols(csv_text):
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    h = [x.strip() for x in lines[0].split(",")]
    rows = [[f.strip() for f in l.split(",")] for l in lines[1:]]
    return h, {n: [r[j] for r in rows] for j, n in enumerate(h)}


def drift_report(reference_csv: str, current_csv: str, mean_threshold: float, missing_threshold: float) -> dict:
    # Fills missing values with 0 before computing mean and std, as a default-filled pipeline would.
    _, ref = _cols(reference_csv)
    _, cur = _cols(current_csv)
    out = {}
    for n, rr in ref.items():
        cr = cur[n]
        rv = [float(v) if v else 0.0 for v in rr]
        cv = [float(v) if v else 0.0 for v in cr]
        delta = sum(1 for v in cr if not v) / len(cr) - sum(1 for v in rr if not v) / len(rr)
        m = sum(rv) / len(rv)
        sd = math.sqrt(sum((v - m) ** 2 for v in rv) / len(rv))
        shift = abs(sum(cv) / len(cv) - m) / (sd if sd > 1e-9 else 1.0)
        out[n] = {"mean_shift": shift, "missing_delta": delta, "drifted": shift > mean_threshold or abs(delta) > missing_threshold}
    return out
