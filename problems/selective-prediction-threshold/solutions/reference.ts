export function abstain_threshold(confidences: number[], correct: number[], target_accuracy: number): number[] {
  const n = confidences.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => confidences[b] - confidences[a]);
  let best: number[] = [Infinity, 0];
  let accepted = 0;
  let hits = 0;
  let k = 0;
  while (k < n) {
    const tau = confidences[order[k]];
    while (k < n && confidences[order[k]] === tau) {
      accepted++;
      hits += correct[order[k]];
      k++;
    }
    if (hits >= target_accuracy * accepted - 1e-9) best = [tau, accepted / n];
  }
  return best;
}
