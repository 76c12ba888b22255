export function mrr_at_k(rankings: number[][], relevant: number[][], k: number): number {
  // Forgets to stop at the first hit: the reciprocal rank of the LAST
  // relevant item in the top k overwrites the first one.
  if (rankings.length === 0) return 0;
  let total = 0;
  for (let q = 0; q < rankings.length; q++) {
    let rr = 0;
    const top = rankings[q].slice(0, k);
    for (let i = 0; i < top.length; i++) {
      if (relevant[q].includes(top[i])) rr = 1 / (i + 1);
    }
    total += rr;
  }
  return total / rankings.length;
}
