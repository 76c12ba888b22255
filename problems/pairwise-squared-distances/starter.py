import numpy as np


def pairwise_sq_dists(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """(n, m) matrix of squared Euclidean distances between the rows of A and of B."""
    raise NotImplementedError
