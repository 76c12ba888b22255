export function recall_at_precision(labels: number[], scores: number[], min_precision: number): number[] {
  // Correct answer, but recounts TP and FP over all examples for every
  // candidate threshold: O(n * distinct scores).
  const totalPos = labels.reduce((a, b) => a + b, 0);
  const thresholds = [...new Set(scores)].sort((a, b) => b - a);
  let best = [Infinity, 0];
  for (const t of thresholds) {
    let tp = 0;
    let fp = 0;
    for (let i = 0; i < scores.length; i++) {
      if (scores[i] >= t) {
        if (labels[i] === 1) tp++;
        else fp++;
      }
    }
    const recall = tp / totalPos;
    if (tp / (tp + fp) >= min_precision && recall > best[1]) best = [t, recall];
  }
  return best;
}
