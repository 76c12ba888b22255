def bce_with_logits(logits: list[float], labels: list[float]) -> float:
    """Mean binary cross-entropy of sigmoid(logits) against labels (natural log).

    Must be finite for |logit| up to 10,000. An empty batch returns 0.0.
    """
    raise NotImplementedError
