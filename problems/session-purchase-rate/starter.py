import pandas as pd


def session_purchase_rate(events_path: str, gap: int) -> list:
    events = pd.read_csv(events_path)
    raise NotImplementedError
