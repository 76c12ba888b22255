def layer_norm(x: list[list[float]], gamma: list[float], beta: list[float],
               eps: float) -> list[list[float]]:
    """Normalise each row of `x` to zero mean / unit (population) variance across its
    features, then scale by `gamma` and shift by `beta` (both per feature).
    """
    raise NotImplementedError
