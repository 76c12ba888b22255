export function cross_entropy(logits: number[][], labels: number[]): number {
  let total = 0;
  for (let r = 0; r < logits.length; r++) {
    const row = logits[r];
    const m = Math.max(...row);
    let s = 0;
    for (const z of row) s += Math.exp(z - m);
    total += m + Math.log(s) - row[labels[r]];
  }
  return total;
}
