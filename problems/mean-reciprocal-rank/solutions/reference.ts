export function mrr_at_k(rankings: number[][], relevant: number[][], k: number): number {
  if (rankings.length === 0) return 0;
  let total = 0;
  for (let q = 0; q < rankings.length; q++) {
    const rel = new Set<number>(relevant[q]);
    const ranked = rankings[q];
    const m = Math.min(k, ranked.length);
    for (let i = 0; i < m; i++) {
      if (rel.has(ranked[i])) {
        total += 1 / (i + 1);
        break;
      }
    }
  }
  return total / rankings.length;
}
