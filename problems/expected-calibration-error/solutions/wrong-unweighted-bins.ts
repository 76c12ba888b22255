export function ece(confidences: number[], correct: number[], n_bins: number): number {
  // Averages the per-bin gaps with equal weight, so a bin holding one
  // prediction counts as much as a bin holding thousands.
  const count = new Array<number>(n_bins).fill(0);
  const confSum = new Array<number>(n_bins).fill(0);
  const hitSum = new Array<number>(n_bins).fill(0);
  for (let i = 0; i < confidences.length; i++) {
    const b = Math.min(Math.floor(confidences[i] * n_bins), n_bins - 1);
    count[b] += 1;
    confSum[b] += confidences[i];
    hitSum[b] += correct[i];
  }
  let sum = 0;
  let used = 0;
  for (let b = 0; b < n_bins; b++) {
    if (count[b] === 0) continue;
    sum += Math.abs(hitSum[b] / count[b] - confSum[b] / count[b]);
    used++;
  }
  return sum / used;
}
