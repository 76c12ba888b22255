def ece(confidences: list[float], correct: list[int], n_bins: int) -> float:
    # Compares overall accuracy with overall mean confidence; over- and
    # under-confident regions cancel out and the binning is ignored.
    n = len(confidences)
    return abs(sum(correct) / n - sum(confidences) / n)
