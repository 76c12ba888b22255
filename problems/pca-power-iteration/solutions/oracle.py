# Oracle (not shipped): singular value decomposition of the centred data matrix instead of power
# iteration on the covariance: Xc = U diag(s) V^T, so the components are the rows of V^T and the
# variances s^2 / (n - 1); then the largest-magnitude-entry-positive sign rule.
import numpy as np


def pca_components(X: list[list[float]], k: int) -> dict:
    A = np.asarray(X, dtype=float)
    n = A.shape[0]
    Xc = A - A.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    variances, components = [], []
    for j in range(k):
        v = vt[j].copy()
        if v[np.argmax(np.abs(v))] < 0:
            v = -v
        variances.append(float(s[j] ** 2 / (n - 1)))
        components.append([float(x) for x in v])
    return {"variances": variances, "components": components}
