def ece(confidences: list[float], correct: list[int], n_bins: int) -> float:
    """Expected calibration error with n_bins equal-width bins over [0, 1].

    Confidence c goes to bin min(floor(c * n_bins), n_bins - 1).
    ECE = sum over bins of (|B| / n) * |accuracy(B) - mean confidence(B)|;
    empty bins contribute 0.
    """
    raise NotImplementedError
