import heapq


def merge_top_k(shards: list[list[list]], k: int) -> list[str]:
    # Heap keyed by (-score, shard index): equal scores come out in shard order, not by item id.
    heap = [(-shard[0][1], s, 0) for s, shard in enumerate(shards) if shard]
    heapq.heapify(heap)
    out: list[str] = []
    seen: set[str] = set()
    while heap and len(out) < k:
        _, s, pos = heapq.heappop(heap)
        item = shards[s][pos][0]
        if item not in seen:
            seen.add(item)
            out.append(item)
        if pos + 1 < len(shards[s]):
            heapq.heappush(heap, (-shards[s][pos + 1][1], s, pos + 1))
    return out
