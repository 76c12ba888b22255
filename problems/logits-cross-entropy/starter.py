def cross_entropy(logits: list[list[float]], labels: list[int]) -> float:
    """Mean over rows of -log softmax(logits[r])[labels[r]] (natural log).

    Must stay finite for logits as large as +/-10,000.
    """
    raise NotImplementedError
