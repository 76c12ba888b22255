function logsumexp(row: number[]): number {
  let m = -Infinity;
  for (const z of row) if (z > m) m = z;
  let s = 0;
  for (const z of row) s += Math.exp(z - m);
  return m + Math.log(s);
}

export function cross_entropy(logits: number[][], labels: number[]): number {
  let total = 0;
  for (let r = 0; r < logits.length; r++) {
    total += logsumexp(logits[r]) - logits[r][labels[r]];
  }
  return total / logits.length;
}
