def psi(expected_counts: list[int], actual_counts: list[int]) -> float:
    """Population stability index between a training histogram and a production histogram.

    Proportions are floored at 1e-4 per bin (no renormalisation);
    PSI = sum((a - e) * ln(a / e)). Empty input returns 0.0.
    """
    raise NotImplementedError
