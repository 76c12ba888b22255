import pandas as pd


def monthly_revenue(orders_path: str, month: str) -> int:
    df = pd.read_csv(orders_path, dtype=str, keep_default_na=False)
    df["_row"] = range(len(df))
    df = df.sort_values(["ingested_at", "_row"]).drop_duplicates("order_id", keep="last")
    df = df[(df["status"].str.strip().str.lower() == "completed") & (df["created_at"].str[:7] == month)]
    total = 0
    for amount, currency in zip(df["amount"], df["currency"]):
        a = amount.strip()
        c = int(a.split()[0]) if a.endswith("cents") else round(float(a) * 100)
        total += c if currency.strip().upper() == "EUR" else (c * 92 + 50) // 100
    return total
