import pandas as pd


def target_encoding(labels_path: str, users_path: str, cutoff_ts: int, m: float) -> list:
    labels = pd.read_csv(labels_path, dtype={"user_id": str})
    users = pd.read_csv(users_path, dtype=str, keep_default_na=False)
    users["uid"] = users["user_id"].str.strip().str.upper()
    users["_t"] = pd.to_datetime(users["signup_at"], utc=True)
    users["_row"] = range(len(users))
    users = users.sort_values(["_t", "_row"]).drop_duplicates("uid", keep="first")
    c = users["country"].str.strip().str.upper()
    users["country"] = c.where(~c.isin(["", "N/A"]), "UNKNOWN")
    labels["uid"] = labels["user_id"].str.strip().str.upper()
    df = labels.merge(users[["uid", "country"]], on="uid", how="left")
    df["country"] = df["country"].fillna("UNKNOWN")
    train = df[df["label_ts"] < cutoff_ts]
    test = df[df["label_ts"] >= cutoff_ts]
    prior = df["churned"].mean()
    stats = df.groupby("country")["churned"].agg(["sum", "count"])
    enc = (stats["sum"] + m * prior) / (stats["count"] + m)
    return [float(x) for x in test["country"].map(enc).fillna(prior)]
