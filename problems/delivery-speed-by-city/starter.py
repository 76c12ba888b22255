import pandas as pd


def delivery_speed(deliveries_path: str, max_kmh: float) -> dict:
    df = pd.read_csv(deliveries_path, dtype=str, keep_default_na=False)
    raise NotImplementedError
