def softmax(logits: list[float]) -> list[float]:
    """Return the softmax of `logits` as a list of probabilities summing to 1.

    Must stay finite for logits as large as +/-10,000. An empty list returns [].
    """
    raise NotImplementedError
