export function precision_at_k(ranked: number[], relevant: number[], k: number): number {
  const rel = new Set<number>(relevant);
  let hits = 0;
  const m = Math.min(k, ranked.length);
  for (let i = 0; i < m; i++) {
    if (rel.has(ranked[i])) hits++;
  }
  return hits / k;
}
