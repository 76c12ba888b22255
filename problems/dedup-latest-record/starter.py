def dedup_latest(csv_text: str, key: str, order_by: str) -> list[int]:
    """Return the ascending indices of the rows to keep: per normalised key (trimmed,
    lower-cased) the row with the largest integer order_by (empty = oldest; ties: last row).
    Rows with an empty key are all kept.
    """
    raise NotImplementedError
