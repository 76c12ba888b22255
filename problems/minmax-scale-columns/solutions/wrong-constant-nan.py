import numpy as np


def minmax_scale(X: np.ndarray) -> np.ndarray:
    lo = X.min(axis=0)
    with np.errstate(divide='ignore', invalid='ignore'):
        return (X - lo) / (X.max(axis=0) - lo)
