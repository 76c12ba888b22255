export function group_kfold(groups: string[], k: number): number[] {
  const sizes = new Map<string, number>();
  for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => {
    const d = (sizes.get(b) as number) - (sizes.get(a) as number);
    if (d !== 0) return d;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  // Min-heap of [load, fold]; smaller load first, then lower fold index.
  const heap: [number, number][] = [];
  const less = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  for (let f = 0; f < k; f++) heap.push([0, f]); // already a valid heap
  const fixDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  const foldOf = new Map<string, number>();
  for (const g of order) {
    const [load, f] = heap[0];
    foldOf.set(g, f);
    heap[0] = [load + (sizes.get(g) as number), f]; // the load only grows: sift the root down
    fixDown(0);
  }
  return groups.map((g) => foldOf.get(g) as number);
}
