import pandas as pd


def session_purchase_rate(events_path: str, gap: int) -> list:
    df = pd.read_csv(events_path, dtype={"user_id": str, "event": str})
    df["row"] = range(len(df))
    df = df.sort_values(["user_id", "ts", "row"])
    n = bought_sessions = 0
    for _, g in df.groupby("user_id"):
        start = None
        bought = False
        for ts, ev in zip(g["ts"], g["event"]):
            if start is None or ts - start > gap:
                if start is not None:
                    n += 1
                    bought_sessions += bought
                start, bought = ts, False
            bought = bought or ev == "purchase"
        n += 1
        bought_sessions += bought
    return [n, int(bought_sessions)]
