export function feature_cache(capacity: number, ttl: number, ops: number[][]): number[] {
  // A Map iterates in insertion order; delete + set moves a key to the end.
  const lru = new Map<number, number>(); // key -> value, least recently used first
  // key -> expiry, earliest first: with one TTL and non-decreasing time, write order is expiry order.
  const expiry = new Map<number, number>();
  const out: number[] = [];
  for (const op of ops) {
    const t = op[0];
    const key = op[1];
    for (const [oldest, exp] of expiry) {
      if (exp > t) break;
      expiry.delete(oldest);
      lru.delete(oldest);
    }
    if (op.length === 2) {
      const v = lru.get(key);
      if (v === undefined) out.push(-1);
      else {
        lru.delete(key);
        lru.set(key, v);
        // A read also renews the entry's lifetime (sliding expiry).
        expiry.delete(key);
        expiry.set(key, t + ttl);
        out.push(v);
      }
    } else {
      const value = op[2];
      if (lru.has(key)) {
        lru.delete(key);
        expiry.delete(key);
      } else if (lru.size >= capacity) {
        const victim = lru.keys().next().value as number;
        lru.delete(victim);
        expiry.delete(victim);
      }
      lru.set(key, value);
      expiry.set(key, t + ttl);
    }
  }
  return out;
}
