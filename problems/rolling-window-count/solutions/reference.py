from bisect import bisect_left


def rolling_features(csv_text: str, window: int) -> list[list[float]]:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line.strip() != ""]
    header = [h.strip() for h in lines[0].split(",")]
    ci, ti, ai = header.index("card_id"), header.index("ts"), header.index("amount")
    rows = [[f.strip() for f in line.split(",")] for line in lines[1:]]
    out: list[list[float]] = [[0, 0.0] for _ in rows]

    by_card: dict[str, list[tuple[int, float, int]]] = {}
    for i, r in enumerate(rows):
        if r[ci] != "" and r[ti] != "":
            by_card.setdefault(r[ci], []).append((int(r[ti]), float(r[ai]) if r[ai] != "" else 0.0, i))

    for events in by_card.values():
        events.sort()
        times = [t for t, _, _ in events]
        prefix = [0.0]
        for _, a, _ in events:
            prefix.append(prefix[-1] + a)
        for t, _, i in events:
            lo = bisect_left(times, t - window)  # first event with t' >= t - window
            hi = bisect_left(times, t)           # first event with t' >= t (excluded)
            out[i] = [hi - lo, prefix[hi] - prefix[lo]]
    return out
