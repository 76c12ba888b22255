import pandas as pd


def pit_order_features(labels_path: str, orders_path: str, window_days: int) -> list:
    labels = pd.read_csv(labels_path)
    orders = pd.read_csv(orders_path, dtype=str, keep_default_na=False)
    raise NotImplementedError
