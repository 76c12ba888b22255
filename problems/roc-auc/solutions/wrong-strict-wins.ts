export function roc_auc(labels: number[], scores: number[]): number {
  // Counts only strict wins: a tied positive/negative pair adds 0 instead of 1/2.
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => scores[a] - scores[b]);
  let wins = 0;
  let negBelow = 0;
  let p = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    let gPos = 0;
    while (j < n && scores[order[j]] === scores[order[i]]) {
      if (labels[order[j]] === 1) gPos++;
      j++;
    }
    wins += gPos * negBelow;
    negBelow += j - i - gPos;
    p += gPos;
    i = j;
  }
  return wins / (p * (n - p));
}
