import numpy as np


def _top_eigenpair(S: np.ndarray, max_iter: int = 5000, tol: float = 1e-13):
    d = S.shape[0]
    v = np.ones(d) + np.arange(d) / (3.0 * d)  # fixed, generic start vector
    v /= np.linalg.norm(v)
    for _ in range(max_iter):
        w = S @ v
        norm = np.linalg.norm(w)
        if norm == 0.0:
            break
        w /= norm
        if np.linalg.norm(w - v) < tol:
            v = w
            break
        v = w
    return float(v @ S @ v), v


def pca_components(X: list[list[float]], k: int) -> dict:
    A = np.asarray(X, dtype=float)
    n = A.shape[0]
    S = A.T @ A / (n - 1)
    variances, components = [], []
    for _ in range(k):
        lam, v = _top_eigenpair(S)
        S = S - lam * np.outer(v, v)
        if v[np.argmax(np.abs(v))] < 0:
            v = -v
        variances.append(lam)
        components.append(v.tolist())
    return {"variances": variances, "components": components}
