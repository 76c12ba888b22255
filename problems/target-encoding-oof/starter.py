def target_encode(train_csv: str, serve_csv: str, column: str, target: str,
                  n_folds: int, smoothing: float) -> list[list[float]]:
    """Return [train_encodings, serve_encodings].

    Training row i (fold i % n_folds) is encoded from the rows of the other folds;
    serving rows are encoded from all training rows. enc = (S + m * prior) / (N + m).
    """
    raise NotImplementedError
