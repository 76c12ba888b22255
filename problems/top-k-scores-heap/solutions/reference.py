import heapq


def top_k(scores: list[float], k: int) -> list[int]:
    if k <= 0:
        return []
    # Min-heap of the k best items seen so far. An item is "worse" when its score is lower,
    # or when the score is equal and its index is higher, so the heap key is (score, -index).
    heap: list[tuple[float, int]] = []
    for i, s in enumerate(scores):
        key = (s, -i)
        if len(heap) < k:
            heapq.heappush(heap, key)
        elif key > heap[0]:
            heapq.heapreplace(heap, key)
    heap.sort(reverse=True)
    return [-neg_i for _, neg_i in heap]
