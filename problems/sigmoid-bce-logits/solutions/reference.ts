export function bce_with_logits(logits: number[], labels: number[]): number {
  if (logits.length === 0) return 0;
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i];
    total += Math.max(z, 0) - z * labels[i] + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return total / logits.length;
}
