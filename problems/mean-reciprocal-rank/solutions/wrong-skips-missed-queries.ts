export function mrr_at_k(rankings: number[][], relevant: number[][], k: number): number {
  // Averages only over queries that found something, so queries where the
  // system failed completely do not pull the mean down.
  let total = 0;
  let found = 0;
  for (let q = 0; q < rankings.length; q++) {
    const rel = new Set<number>(relevant[q]);
    const top = rankings[q].slice(0, k);
    for (let i = 0; i < top.length; i++) {
      if (rel.has(top[i])) {
        total += 1 / (i + 1);
        found++;
        break;
      }
    }
  }
  return found > 0 ? total / found : 0;
}
