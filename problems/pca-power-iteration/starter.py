def pca_components(X: list[list[float]], k: int) -> dict:
    """Top-k principal components of X (centred, sample covariance with divisor n - 1).

    Return {"variances": [lambda_1, ..., lambda_k], "components": [v_1, ..., v_k]} with
    unit-length components whose largest-magnitude entry is positive.
    """
    raise NotImplementedError
