export function bce_with_logits(logits: number[], labels: number[]): number {
  if (logits.length === 0) return 0;
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const p = 1 / (1 + Math.exp(-logits[i]));
    const y = labels[i];
    total += -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
  }
  return total / logits.length;
}
