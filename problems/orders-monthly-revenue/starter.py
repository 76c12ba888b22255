import pandas as pd


def monthly_revenue(orders_path: str, month: str) -> int:
    orders = pd.read_csv(orders_path, dtype=str, keep_default_na=False)
    # Explore first: orders.head(), orders["currency"].value_counts(), orders["order_id"].duplicated().sum()
    raise NotImplementedError
