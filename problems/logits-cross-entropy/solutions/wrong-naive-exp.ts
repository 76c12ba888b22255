export function cross_entropy(logits: number[][], labels: number[]): number {
  let total = 0;
  for (let r = 0; r < logits.length; r++) {
    const exps = logits[r].map((z) => Math.exp(z));
    const s = exps.reduce((a, b) => a + b, 0);
    total += -Math.log(exps[labels[r]] / s);
  }
  return total / logits.length;
}
