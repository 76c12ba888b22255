import numpy as np


def minmax_scale(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=np.float64)
    lo = X.min(axis=0)
    span = X.max(axis=0) - lo
    safe = np.where(span == 0, 1.0, span)
    return np.where(span == 0, 0.0, (X - lo) / safe)
