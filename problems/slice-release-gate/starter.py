def failing_slices(labels: list[int], preds: list[int], slices: list[str],
                   min_accuracy: float, min_support: int) -> list[str]:
    """Slices that block a release.

    A slice with at least min_support examples fails when its accuracy is
    strictly below min_accuracy. Return the failing slice names sorted by
    accuracy ascending, ties by name ascending.
    """
    raise NotImplementedError
