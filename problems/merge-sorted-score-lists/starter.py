def merge_top_k(shards: list[list[list]], k: int) -> list[str]:
    """Merge per-shard ranked [item_id, score] lists into the global top-k distinct item ids."""
    raise NotImplementedError
