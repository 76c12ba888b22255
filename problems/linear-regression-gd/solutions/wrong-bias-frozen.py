import numpy as np


class LinearRegressionGD:
    def __init__(self, n_features: int, lr: float) -> None:
        self.w = np.zeros(n_features)
        self.b = 0.0
        self.lr = lr

    def step(self, X: np.ndarray, y: np.ndarray) -> float:
        n = X.shape[0]
        r = X @ self.w + self.b - y
        loss = float(np.mean(r ** 2))
        self.w = self.w - self.lr * (2.0 / n * (X.T @ r))
        return loss

    def predict(self, X: np.ndarray) -> np.ndarray:
        return X @ self.w + self.b

    def weights(self) -> np.ndarray:
        return self.w.copy()

    def bias(self) -> float:
        return float(self.b)
