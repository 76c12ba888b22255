export function recall_at_precision(labels: number[], scores: number[], min_precision: number): number[] {
  // Evaluates a cut after every sorted position, so it can "stop" in the
  // middle of a group of equal scores — a cut no real threshold can make.
  const n = scores.length;
  const totalPos = labels.reduce((a, b) => a + b, 0);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let best = [Infinity, 0];
  let tp = 0;
  let fp = 0;
  for (const i of order) {
    if (labels[i] === 1) tp++;
    else fp++;
    const recall = tp / totalPos;
    if (tp / (tp + fp) >= min_precision && recall > best[1]) best = [scores[i], recall];
  }
  return best;
}
