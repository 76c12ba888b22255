import pandas as pd


def country_revenue(orders_path: str, users_path: str, month: str) -> dict:
    orders = pd.read_csv(orders_path, dtype=str, keep_default_na=False)
    users = pd.read_csv(users_path, dtype=str, keep_default_na=False)
    raise NotImplementedError
