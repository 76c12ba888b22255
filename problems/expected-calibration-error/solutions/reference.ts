export function ece(confidences: number[], correct: number[], n_bins: number): number {
  const n = confidences.length;
  const count = new Array<number>(n_bins).fill(0);
  const confSum = new Array<number>(n_bins).fill(0);
  const hitSum = new Array<number>(n_bins).fill(0);
  for (let i = 0; i < n; i++) {
    const c = confidences[i];
    const b = Math.min(Math.floor(c * n_bins), n_bins - 1); // c = 1.0 belongs to the last bin
    count[b] += 1;
    confSum[b] += c;
    hitSum[b] += correct[i];
  }
  let total = 0;
  for (let b = 0; b < n_bins; b++) {
    if (count[b] === 0) continue;
    const acc = hitSum[b] / count[b];
    const conf = confSum[b] / count[b];
    total += (count[b] / n) * Math.abs(acc - conf);
  }
  return total;
}
