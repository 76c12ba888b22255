def binary_report(y_true: list[int], y_pred: list[int]) -> dict:
    """Confusion-matrix counts and precision / recall / F1 for the positive class 1.

    Return {"tp", "fp", "fn", "tn", "precision", "recall", "f1"}.
    A ratio whose denominator is 0 is 0.0.
    """
    raise NotImplementedError
