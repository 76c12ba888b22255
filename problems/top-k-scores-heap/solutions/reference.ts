// Item a is worse than item b: lower score, or equal score and higher index.
function worse(scores: number[], a: number, b: number): boolean {
  return scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
}

export function top_k(scores: number[], k: number): number[] {
  if (k <= 0) return [];
  const heap: number[] = []; // min-heap of indices, the worst kept item at the root
  const siftDown = (pos: number) => {
    for (;;) {
      const l = 2 * pos + 1;
      const r = l + 1;
      let m = pos;
      if (l < heap.length && worse(scores, heap[l], heap[m])) m = l;
      if (r < heap.length && worse(scores, heap[r], heap[m])) m = r;
      if (m === pos) return;
      [heap[pos], heap[m]] = [heap[m], heap[pos]];
      pos = m;
    }
  };
  const siftUp = (pos: number) => {
    while (pos > 0) {
      const p = (pos - 1) >> 1;
      if (!worse(scores, heap[pos], heap[p])) return;
      [heap[pos], heap[p]] = [heap[p], heap[pos]];
      pos = p;
    }
  };
  for (let i = 0; i < scores.length; i++) {
    if (heap.length < k) {
      heap.push(i);
      siftUp(heap.length - 1);
    } else if (worse(scores, heap[0], i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(scores, a, b) ? 1 : worse(scores, b, a) ? -1 : 0));
}
