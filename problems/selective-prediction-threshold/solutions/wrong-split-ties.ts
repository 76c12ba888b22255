export function abstain_threshold(confidences: number[], correct: number[], target_accuracy: number): number[] {
  const n = confidences.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => confidences[b] - confidences[a]);
  let best: number[] = [Infinity, 0];
  let hits = 0;
  order.forEach((i, k) => {
    hits += correct[i];
    if (hits >= target_accuracy * (k + 1) - 1e-9) best = [confidences[i], (k + 1) / n];
  });
  return best;
}
