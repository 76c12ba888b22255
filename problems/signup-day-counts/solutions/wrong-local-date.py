import pandas as pd


def signup_day_counts(users_path: str, start: str, end: str) -> dict:
    df = pd.read_csv(users_path, dtype=str, keep_default_na=False)
    df["uid"] = df["user_id"].str.strip().str.upper()
    df["t"] = pd.to_datetime(df["signup_at"], utc=True)
    first = df.sort_values("t").drop_duplicates("uid")
    days = first["signup_at"].str[:10]
    days = days[(days >= start) & (days <= end)]
    return {str(k): int(v) for k, v in sorted(days.value_counts().items())}
