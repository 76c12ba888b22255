import heapq


def top_k(scores: list[float], k: int) -> list[int]:
    # Bounded min-heap keyed by (score, index); replaces the root when the new score is >= it,
    # so a later index evicts an earlier one with the same score.
    if k <= 0:
        return []
    heap: list[tuple[float, int]] = []
    for i, s in enumerate(scores):
        if len(heap) < k:
            heapq.heappush(heap, (s, i))
        elif s >= heap[0][0]:
            heapq.heapreplace(heap, (s, i))
    heap.sort(key=lambda t: (-t[0], t[1]))
    return [i for _, i in heap]
