def abstain_threshold(confidences: list[float], correct: list[int], target_accuracy: float) -> list[float]:
    n = len(confidences)
    # "the model says it is 90% sure, so accept everything at or above 0.9"
    eligible = [c for c in confidences if c >= target_accuracy]
    if not eligible:
        return [float("inf"), 0.0]
    tau = min(eligible)
    return [tau, len(eligible) / n]
