export function ece(confidences: number[], correct: number[], n_bins: number): number {
  // Compares overall accuracy with overall mean confidence; over- and
  // under-confident regions cancel out and the binning is ignored.
  const n = confidences.length;
  let acc = 0;
  let conf = 0;
  for (let i = 0; i < n; i++) {
    acc += correct[i];
    conf += confidences[i];
  }
  return Math.abs(acc / n - conf / n);
}
