import pandas as pd


def missing_value_audit(path: str) -> dict:
    raise NotImplementedError
