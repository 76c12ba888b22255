def ks_statistic(a: list[float], b: list[float]) -> float:
    """Two-sample Kolmogorov-Smirnov statistic: max over x of |F_a(x) - F_b(x)|,
    where F counts the values <= x (ties handled correctly)."""
    raise NotImplementedError
