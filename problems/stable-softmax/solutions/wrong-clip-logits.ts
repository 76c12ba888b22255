export function softmax(logits: number[]): number[] {
  const clipped = logits.map((z) => Math.min(Math.max(z, -500), 500));
  const exps = clipped.map((z) => Math.exp(z));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}
