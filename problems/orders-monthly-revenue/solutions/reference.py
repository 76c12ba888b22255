import pandas as pd


def _cents(amount: pd.Series) -> pd.Series:
    a = amount.str.strip()
    in_cents = a.str.endswith("cents")
    out = pd.Series(0, index=a.index, dtype="int64")
    out[in_cents] = a[in_cents].str.split().str[0].astype("int64")
    parts = a[~in_cents].str.split(".", expand=True)
    out[~in_cents] = parts[0].astype("int64") * 100 + parts[1].astype("int64")
    return out


def monthly_revenue(orders_path: str, month: str) -> int:
    df = pd.read_csv(orders_path, dtype=str, keep_default_na=False)
    df["_row"] = range(len(df))
    df["_ingested"] = pd.to_datetime(df["ingested_at"], utc=True)
    df = df.sort_values(["_ingested", "_row"]).drop_duplicates("order_id", keep="last")
    df = df[df["status"].str.strip().str.lower() == "completed"]
    created = pd.to_datetime(df["created_at"], utc=True)
    df = df[created.dt.strftime("%Y-%m") == month]
    if df.empty:
        return 0
    cents = _cents(df["amount"])
    usd = df["currency"].str.strip().str.upper() == "USD"
    eur = cents.where(~usd, (cents * 92 + 50) // 100)
    return int(eur.sum())
