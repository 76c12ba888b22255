type Head = { score: number; item: string; shard: number; pos: number };

// a comes before b: higher score, then smaller id
function before(a: Head, b: Head): boolean {
  if (a.score !== b.score) return a.score > b.score;
  return a.item < b.item;
}

export function merge_top_k(shards: [string, number][][], k: number): string[] {
  const heap: Head[] = [];
  const push = (h: Head) => {
    heap.push(h);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const pop = (): Head => {
    const top = heap[0];
    const last = heap.pop() as Head;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l], heap[m])) m = l;
        if (r < heap.length && before(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  shards.forEach((shard, s) => {
    if (shard.length > 0) push({ item: shard[0][0], score: shard[0][1], shard: s, pos: 0 });
  });
  const out: string[] = [];
  const seen = new Set<string>();
  while (heap.length > 0 && out.length < k) {
    const h = pop();
    if (!seen.has(h.item)) {
      seen.add(h.item);
      out.push(h.item);
    }
    const next = shards[h.shard][h.pos + 1];
    if (next !== undefined) push({ item: next[0], score: next[1], shard: h.shard, pos: h.pos + 1 });
  }
  return out;
}
