import pandas as pd


def _month_orders(orders_path: str, month: str) -> pd.DataFrame:
    df = pd.read_csv(orders_path, dtype=str, keep_default_na=False)
    df["_row"] = range(len(df))
    df["_ing"] = pd.to_datetime(df["ingested_at"], utc=True)
    df = df.sort_values(["_ing", "_row"]).drop_duplicates("order_id", keep="last")
    df = df[df["status"].str.strip().str.lower() == "completed"]
    df = df[pd.to_datetime(df["created_at"], utc=True).dt.strftime("%Y-%m") == month].copy()
    a = df["amount"].str.strip()
    in_cents = a.str.endswith("cents")
    cents = pd.Series(0, index=df.index, dtype="int64")
    cents[in_cents] = a[in_cents].str.split().str[0].astype("int64")
    if (~in_cents).any():
        parts = a[~in_cents].str.split(".", expand=True)
        cents[~in_cents] = parts[0].astype("int64") * 100 + parts[1].astype("int64")
    usd = df["currency"].str.strip().str.upper() == "USD"
    df["eur"] = cents.where(~usd, (cents * 92 + 50) // 100)
    df["uid"] = df["user_id"].str.strip().str.upper()
    return df


def country_revenue(orders_path: str, users_path: str, month: str) -> dict:
    orders = _month_orders(orders_path, month)
    users = pd.read_csv(users_path, dtype=str, keep_default_na=False)
    users["uid"] = users["user_id"].str.strip().str.upper()
    users["_t"] = pd.to_datetime(users["signup_at"], utc=True)
    users["_row"] = range(len(users))
    c = users["country"].str.strip().str.upper()
    users["country"] = c.where(~c.isin(["", "N/A"]), "UNKNOWN")
    joined = orders.merge(users[["uid", "country"]], on="uid", how="left")
    joined["country"] = joined["country"].fillna("UNKNOWN")
    sums = joined.groupby("country")["eur"].sum()
    return {str(k): int(v) for k, v in sorted(sums.items())}
