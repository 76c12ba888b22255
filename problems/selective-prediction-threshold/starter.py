def abstain_threshold(confidences: list[float], correct: list[int], target_accuracy: float) -> list[float]:
    """[threshold, coverage] for the lowest distinct confidence whose accepted set
    (confidence >= threshold) is at least target_accuracy correct; [inf, 0.0] if none."""
    raise NotImplementedError
