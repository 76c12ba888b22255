export function roc_auc(labels: number[], scores: number[]): number {
  // Correct definition, but O(P * N): too slow for large inputs.
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < scores.length; i++) (labels[i] === 1 ? pos : neg).push(scores[i]);
  let total = 0;
  for (const a of pos) {
    for (const b of neg) {
      if (a > b) total += 1;
      else if (a === b) total += 0.5;
    }
  }
  return total / (pos.length * neg.length);
}
