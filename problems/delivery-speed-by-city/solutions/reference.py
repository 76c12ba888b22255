import pandas as pd

_TO_KM = {"km": 1.0, "m": 0.001, "mi": 1.609344}


def delivery_speed(deliveries_path: str, max_kmh: float) -> dict:
    df = pd.read_csv(deliveries_path, dtype=str, keep_default_na=False)
    dist = df["distance"].str.strip()
    parts = dist.str.split(" ", n=1, expand=True).reindex(columns=[0, 1])
    value = pd.to_numeric(parts[0], errors="coerce")
    unit = parts[1].fillna("km").str.strip().replace("", "km")
    km = value * unit.map(_TO_KM)
    minutes = pd.to_numeric(df["duration_min"].str.strip(), errors="coerce")
    ok = km.notna() & minutes.notna() & (minutes > 0)
    speed = km[ok] / (minutes[ok] / 60.0)
    speed = speed[speed <= max_kmh]
    city = df.loc[speed.index, "city"].str.strip()
    med = speed.groupby(city).median()
    return {str(k): float(v) for k, v in sorted(med.items())}
