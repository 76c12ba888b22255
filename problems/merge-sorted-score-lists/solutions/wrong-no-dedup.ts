export function merge_top_k(shards: [string, number][][], k: number): string[] {
  // Sorts all pairs correctly, but a replicated item is emitted once per shard that returned it.
  const all = shards.flat();
  all.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return all.slice(0, Math.max(0, k)).map((p) => p[0]);
}
