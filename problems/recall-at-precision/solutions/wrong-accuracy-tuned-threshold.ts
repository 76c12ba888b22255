export function recall_at_precision(labels: number[], scores: number[], min_precision: number): number[] {
  // Tunes the threshold for accuracy and only then checks the precision
  // floor. With rare positives, accuracy prefers flagging almost nothing.
  const n = scores.length;
  const totalPos = labels.reduce((a, b) => a + b, 0);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let bestAcc = -1;
  let best = { t: Infinity, tp: 0, fp: 0 };
  let tp = 0;
  let fp = 0;
  let i = 0;
  while (i < n) {
    const t = scores[order[i]];
    while (i < n && scores[order[i]] === t) {
      if (labels[order[i]] === 1) tp++;
      else fp++;
      i++;
    }
    const acc = (tp + (n - totalPos - fp)) / n;
    if (acc > bestAcc) {
      bestAcc = acc;
      best = { t, tp, fp };
    }
  }
  if (best.tp / (best.tp + best.fp) >= min_precision) return [best.t, best.tp / totalPos];
  return [Infinity, 0];
}
