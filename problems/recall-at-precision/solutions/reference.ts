export function recall_at_precision(labels: number[], scores: number[], min_precision: number): number[] {
  const n = scores.length;
  let totalPos = 0;
  for (const y of labels) totalPos += y;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let bestT = Infinity;
  let bestTp = 0;
  let tp = 0;
  let fp = 0;
  let i = 0;
  while (i < n) {
    const t = scores[order[i]];
    // a threshold admits the whole group of tied scores at once
    while (i < n && scores[order[i]] === t) {
      if (labels[order[i]] === 1) tp++;
      else fp++;
      i++;
    }
    if (tp / (tp + fp) >= min_precision && tp > bestTp) {
      bestTp = tp;
      bestT = t;
    }
  }
  return [bestT, bestTp / totalPos];
}
