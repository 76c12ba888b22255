export function roc_auc(labels: number[], scores: number[]): number {
  // Sweep tie groups from the highest score down; each negative in a group
  // beats nothing, is beaten by every positive seen above, and ties with the
  // positives of its own group (counted 1/2).
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => scores[b] - scores[a]);
  let posAbove = 0;
  let wins = 0;
  let pos = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    let gPos = 0;
    let gNeg = 0;
    while (j < n && scores[order[j]] === scores[order[i]]) {
      if (labels[order[j]] === 1) gPos++;
      else gNeg++;
      j++;
    }
    wins += gNeg * posAbove + 0.5 * gNeg * gPos;
    posAbove += gPos;
    pos += gPos;
    i = j;
  }
  const neg = n - pos;
  return wins / (pos * neg);
}
