export function softmax(logits: number[]): number[] {
  if (logits.length === 0) return [];
  const mean = logits.reduce((a, b) => a + b, 0) / logits.length;
  const exps = logits.map((z) => Math.exp(z - mean));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}
