export function feature_cache(capacity: number, ttl: number, ops: number[][]): number[] {
  // Checks expiry only when a key is read: expired entries keep occupying capacity and
  // push out live entries when the cache is full.
  const lru = new Map<number, number>();
  const expiry = new Map<number, number>();
  const out: number[] = [];
  for (const op of ops) {
    const t = op[0];
    const key = op[1];
    if (op.length === 2) {
      if (lru.has(key) && (expiry.get(key) as number) <= t) {
        lru.delete(key);
        expiry.delete(key);
      }
      const v = lru.get(key);
      if (v === undefined) out.push(-1);
      else {
        lru.delete(key);
        lru.set(key, v);
        out.push(v);
      }
    } else {
      if (lru.has(key)) lru.delete(key);
      else if (lru.size >= capacity) {
        const victim = lru.keys().next().value as number;
        lru.delete(victim);
        expiry.delete(victim);
      }
      lru.set(key, op[2]);
      expiry.set(key, t + ttl);
    }
  }
  return out;
}
