import heapq


def merge_top_k(shards: list[list[list]], k: int) -> list[str]:
    # Heap of the head of every shard, ordered by (-score, item_id). Because each shard is sorted
    # the same way, items pop in global (score desc, id asc) order, so the first time an id is
    # popped it carries its maximum score and is in its final position.
    heap = []
    for s, shard in enumerate(shards):
        if shard:
            item, score = shard[0]
            heap.append((-score, item, s, 0))
    heapq.heapify(heap)
    out: list[str] = []
    seen: set[str] = set()
    while heap and len(out) < k:
        neg, item, s, pos = heapq.heappop(heap)
        if item not in seen:
            seen.add(item)
            out.append(item)
        if pos + 1 < len(shards[s]):
            nitem, nscore = shards[s][pos + 1]
            heapq.heappush(heap, (-nscore, nitem, s, pos + 1))
    return out
