import math


def _columns(csv_text: str) -> dict[str, list[str]]:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line != ""]
    header = [h.strip() for h in lines[0].split(",")]
    rows = [[f.strip() for f in line.split(",")] for line in lines[1:]]
    return {name: [r[j] for r in rows] for j, name in enumerate(header)}


def drift_report(reference_csv: str, current_csv: str, mean_threshold: float, missing_threshold: float) -> dict:
    ref = _columns(reference_csv)
    cur = _columns(current_csv)
    report = {}
    for name, ref_raw in ref.items():
        cur_raw = cur[name]
        ref_vals = [float(v) for v in ref_raw if v != ""]
        cur_vals = [float(v) for v in cur_raw if v != ""]
        share_ref = (len(ref_raw) - len(ref_vals)) / len(ref_raw)
        share_cur = (len(cur_raw) - len(cur_vals)) / len(cur_raw)
        missing_delta = share_cur - share_ref
        if ref_vals and cur_vals:
            mean_ref = sum(ref_vals) / len(ref_vals)
            mean_cur = sum(cur_vals) / len(cur_vals)
            std_ref = math.sqrt(sum((v - mean_ref) ** 2 for v in ref_vals) / len(ref_vals))
            scale = std_ref if std_ref > 1e-9 else 1.0
            mean_shift = abs(mean_cur - mean_ref) / scale
        else:
            mean_shift = 0.0
        report[name] = {
            "mean_shift": mean_shift,
            "missing_delta": missing_delta,
            "drifted": mean_shift > mean_threshold or abs(missing_delta) > missing_threshold,
        }
    return report
