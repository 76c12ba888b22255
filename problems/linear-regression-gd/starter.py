import numpy as np


class LinearRegressionGD:
    """y ≈ X @ w + b, trained by full-batch gradient steps on the mean squared error."""

    def __init__(self, n_features: int, lr: float) -> None:
        raise NotImplementedError

    def step(self, X: np.ndarray, y: np.ndarray) -> float:
        """One update; returns the loss before it."""
        raise NotImplementedError

    def predict(self, X: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def weights(self) -> np.ndarray:
        raise NotImplementedError

    def bias(self) -> float:
        raise NotImplementedError
