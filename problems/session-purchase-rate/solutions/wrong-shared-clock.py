import pandas as pd


def session_purchase_rate(events_path: str, gap: int) -> list:
    df = pd.read_csv(events_path, dtype={"user_id": str, "event": str})
    df["row"] = range(len(df))
    df = df.sort_values(["ts", "row"])
    new_user = df["user_id"].isna()
    new_session = new_user | (df["ts"].diff() > gap)
    df["session"] = new_session.cumsum()
    bought = (df["event"] == "purchase").groupby(df["session"]).any()
    return [int(len(bought)), int(bought.sum())]
