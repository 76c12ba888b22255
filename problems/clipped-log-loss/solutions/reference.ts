export function log_loss(labels: number[], probs: number[], eps: number): number {
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const q = Math.min(Math.max(probs[i], eps), 1 - eps);
    total += labels[i] === 1 ? -Math.log(q) : -Math.log(1 - q);
  }
  return total / labels.length;
}
