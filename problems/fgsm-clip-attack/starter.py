def fgsm_attack(x: list[list[float]], labels: list[int], W: list[list[float]], b: list[float],
                eps: float, lo: list[float], hi: list[float]) -> list[list[float]]:
    """FGSM on softmax regression: x + eps * sign(W^T (softmax(W x + b) - onehot(y))),
    clamped feature-wise to [lo, hi]. sign(0) = 0.
    """
    raise NotImplementedError
