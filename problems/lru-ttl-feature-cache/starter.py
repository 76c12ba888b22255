def feature_cache(capacity: int, ttl: int, ops: list[list[int]]) -> list[int]:
    """Simulate an LRU cache with a fixed time-to-live; ops are [t, key] (get) or [t, key, value] (put).
    Return the result of every get (-1 on a miss)."""
    raise NotImplementedError
