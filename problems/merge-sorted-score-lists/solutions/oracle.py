"""Oracle (tests only, not shipped): aggregate-then-sort instead of a k-way merge.

Every pair of every shard is folded into a dict item -> maximum score (the shards' own order
is ignored), then all distinct items are fully sorted by (score descending, id ascending) and
the first k ids are returned. No heap and no early stopping.
"""


def merge_top_k(shards: list[list[list]], k: int) -> list[str]:
    best: dict[str, float] = {}
    for shard in shards:
        for item, score in shard:
            if item not in best or score > best[item]:
                best[item] = score
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
    return [item for item, _ in ranked[: max(k, 0)]]
