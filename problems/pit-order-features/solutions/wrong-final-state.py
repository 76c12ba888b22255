import numpy as np
import pandas as pd


def _cents(amount: pd.Series) -> np.ndarray:
    out = []
    for a in amount.str.strip():
        if a.endswith("cents"):
            out.append(int(a.split()[0]))
        else:
            whole, frac = a.split(".")
            out.append(int(whole) * 100 + int(frac))
    return np.array(out, dtype="int64")


def pit_order_features(labels_path: str, orders_path: str, window_days: int) -> list:
    labels = pd.read_csv(labels_path, dtype={"user_id": str})
    orders = pd.read_csv(orders_path, dtype=str, keep_default_na=False)
    orders["uid"] = orders["user_id"].str.strip().str.upper()
    orders["created"] = pd.to_datetime(orders["created_at"], utc=True).astype("int64") // 10**9
    orders["ingested"] = pd.to_datetime(orders["ingested_at"], utc=True).astype("int64") // 10**9
    orders["row"] = np.arange(len(orders))
    orders["completed"] = orders["status"].str.strip().str.lower() == "completed"
    c = _cents(orders["amount"]) if len(orders) else np.array([], dtype="int64")
    usd = (orders["currency"].str.strip().str.upper() == "USD").to_numpy()
    orders["eur"] = np.where(usd, (c * 92 + 50) // 100, c)
    cols = ["uid", "order_id", "created", "ingested", "row", "completed", "eur"]
    lab = pd.DataFrame({
        "k": np.arange(len(labels)),
        "uid": labels["user_id"].str.strip().str.upper(),
        "t": labels["label_ts"].astype("int64"),
    })
    m = lab.merge(orders[cols], on="uid", how="inner")
    # Versions known before t; the last known one is the order's state at t.
    m = m.sort_values(["k", "order_id", "ingested", "row"])
    m = m.drop_duplicates(["k", "order_id"], keep="last")
    m = m[m["completed"] & (m["created"] >= m["t"] - window_days * 86400) & (m["created"] < m["t"])]
    agg = m.groupby("k")["eur"].agg(["size", "sum"]).reindex(lab["k"], fill_value=0)
    out = [[int(n), int(s)] for n, s in zip(agg["size"], agg["sum"])]
    return out
