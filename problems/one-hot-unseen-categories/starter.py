def one_hot_encode(train_csv: str, serve_csv: str, column: str, min_count: int) -> list[list[int]]:
    """One-hot encode `column` of the serving rows with a vocabulary fitted on the training CSV.

    Vocabulary: values with count >= min_count in train, sorted; last position = "other".
    A missing serving value gives an all-zero vector.
    """
    raise NotImplementedError
