export function running_variance(xs: number[]): number[] {
  // E[x^2] - E[x]^2: catastrophic cancellation for large values with a small spread.
  const out: number[] = [];
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < xs.length; i++) {
    const n = i + 1;
    s += xs[i];
    s2 += xs[i] * xs[i];
    out.push(s2 / n - (s / n) * (s / n));
  }
  return out;
}
