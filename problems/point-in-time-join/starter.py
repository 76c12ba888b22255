def point_in_time_join(labels_csv: str, features_csv: str, ttl: int, default: float) -> list[float]:
    """For each label (entity_id, label_time) return the latest non-missing feature value of that
    entity with label_time - ttl <= event_time < label_time (ties: last row in the file),
    or `default` when there is none.
    """
    raise NotImplementedError
