def js_divergence(p_counts: list[int], q_counts: list[int], alpha: float) -> float:
    """Jensen-Shannon divergence (natural log) between two histograms after adding
    alpha to every count. Terms with a zero probability contribute 0; empty input -> 0.0."""
    raise NotImplementedError
