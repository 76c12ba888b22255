import numpy as np


def pairwise_sq_dists(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    diff = B[:, None, :] - A[None, :, :]
    return np.sum(diff * diff, axis=-1)
