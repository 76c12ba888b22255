def group_aggregate(csv_text: str, key: str, value: str) -> list[list]:
    """Return [[group, count, mean, median], ...] sorted by count desc, then group name asc.

    Rows whose key or value field is empty are ignored.
    """
    raise NotImplementedError
