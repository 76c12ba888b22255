export function roc_auc(labels: number[], scores: number[]): number {
  // Rank-sum with ordinal ranks: tied scores get distinct ranks in input
  // order, so a tie counts as a full win or a full loss instead of 1/2.
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => scores[a] - scores[b]);
  let rankSumPos = 0;
  let p = 0;
  for (let r = 0; r < n; r++) {
    if (labels[order[r]] === 1) {
      rankSumPos += r + 1;
      p++;
    }
  }
  const q = n - p;
  return (rankSumPos - (p * (p + 1)) / 2) / (p * q);
}
