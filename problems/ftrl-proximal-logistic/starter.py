def ftrl_predictions(examples: list[list], alpha: float, beta: float, l1: float, l2: float) -> list[float]:
    """Replay [indices, values, label] examples through FTRL-proximal; return each prediction before its update."""
    raise NotImplementedError
