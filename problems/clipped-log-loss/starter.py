def log_loss(labels: list[int], probs: list[float], eps: float) -> float:
    """Mean binary cross-entropy (natural log) of predicted probabilities of class 1.

    Clip every probability into [eps, 1 - eps] before taking logs.
    """
    raise NotImplementedError
