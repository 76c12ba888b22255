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
        grad_w = 2.0 / n * (X.T @ r)
        grad_b = 2.0 / n * float(np.sum(r))
        self.w = self.w - self.lr * grad_w
        self.b = self.b - self.lr * grad_b
        return loss

    def predict(self, X: np.ndarray) -> np.ndarray:
        return X @ self.w + self.b

    def weights(self) -> np.ndarray:
        return self.w.copy()

    def bias(self) -> float:
        return float(self.b)
