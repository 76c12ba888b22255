export function isotonic_fit(y: number[], w: number[]): number[] {
  // Pool adjacent violators with a stack of blocks: weighted sum, weight, length.
  const sums: number[] = [];
  const weights: number[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < y.length; i++) {
    let s = y[i] * w[i];
    let ww = w[i];
    let ln = 1;
    if (sums.length > 0 && sums[sums.length - 1] / weights[weights.length - 1] > s / ww) {
      s += sums.pop() as number;
      ww += weights.pop() as number;
      ln += lengths.pop() as number;
    }
    sums.push(s);
    weights.push(ww);
    lengths.push(ln);
  }
  const out: number[] = [];
  for (let b = 0; b < sums.length; b++) for (let k = 0; k < lengths[b]; k++) out.push(sums[b] / weights[b]);
  return out;
}
