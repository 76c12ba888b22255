export function merge_top_k(shards: [string, number][][], k: number): string[] {
  // Orders by score, then by shard index and position: equal scores come out in shard order.
  const all: [number, number, number][] = [];
  shards.forEach((shard, s) => shard.forEach((p, pos) => all.push([p[1], s, pos])));
  all.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const [, s, pos] of all) {
    if (out.length >= k) break;
    const item = shards[s][pos][0];
    if (!seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}
