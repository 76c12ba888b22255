export function softmax(logits: number[]): number[] {
  const exps = logits.map((z) => Math.exp(z));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}
