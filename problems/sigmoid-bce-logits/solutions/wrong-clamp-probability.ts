const EPS = 1e-7;

export function bce_with_logits(logits: number[], labels: number[]): number {
  if (logits.length === 0) return 0;
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i];
    let p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    p = Math.min(Math.max(p, EPS), 1 - EPS);
    const y = labels[i];
    total += -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
  }
  return total / logits.length;
}
