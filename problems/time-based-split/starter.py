def time_split(timestamps: list[int], test_fraction: float) -> list[list[int]]:
    """Split row indices by time.

    Returns [train_indices, test_indices], both ascending. The test set is the last
    ceil(n * test_fraction - 1e-9) rows in (timestamp, index) order, plus every row that
    shares a timestamp with the earliest test row.
    """
    raise NotImplementedError
