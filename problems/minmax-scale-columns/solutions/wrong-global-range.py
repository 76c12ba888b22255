import numpy as np


def minmax_scale(X: np.ndarray) -> np.ndarray:
    lo = X.min()
    span = X.max() - lo
    if span == 0:
        return np.zeros_like(X, dtype=np.float64)
    return (X - lo) / span
