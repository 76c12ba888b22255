import pandas as pd


def signup_day_counts(users_path: str, start: str, end: str) -> dict:
    df = pd.read_csv(users_path, dtype=str, keep_default_na=False)
    df["uid"] = df["user_id"].str.strip().str.upper()
    df["t"] = pd.to_datetime(df["signup_at"], utc=True)
    first = df.groupby("uid")["t"].min()
    days = first.dt.strftime("%Y-%m-%d")
    days = days[(days >= start) & (days <= end)]
    counts = days.value_counts()
    return {str(k): int(v) for k, v in sorted(counts.items())}
