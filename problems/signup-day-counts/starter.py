import pandas as pd


def signup_day_counts(users_path: str, start: str, end: str) -> dict:
    users = pd.read_csv(users_path, dtype=str, keep_default_na=False)
    raise NotImplementedError
