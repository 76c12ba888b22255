export function cross_entropy(logits: number[][], labels: number[]): number {
  let total = 0;
  for (let r = 0; r < logits.length; r++) {
    const row = logits[r];
    const m = Math.max(...row);
    const exps = row.map((z) => Math.exp(z - m));
    const s = exps.reduce((a, b) => a + b, 0);
    total += -Math.log(exps[labels[r]] / s);
  }
  return total / logits.length;
}
