export function precision_at_k(ranked: number[], relevant: number[], k: number): number {
  // Divides by the number of items actually returned, which rewards a
  // system for returning fewer than k results.
  const rel = new Set<number>(relevant);
  const top = ranked.slice(0, k);
  if (top.length === 0) return 0;
  let hits = 0;
  for (const item of top) if (rel.has(item)) hits++;
  return hits / top.length;
}
