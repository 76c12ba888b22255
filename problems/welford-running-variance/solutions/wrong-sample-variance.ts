export function running_variance(xs: number[]): number[] {
  // Welford, but divides by n - 1 (sample variance) instead of n.
  const out: number[] = [];
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < xs.length; i++) {
    const n = i + 1;
    const delta = xs[i] - mean;
    mean += delta / n;
    m2 += delta * (xs[i] - mean);
    out.push(n > 1 ? m2 / (n - 1) : 0);
  }
  return out;
}
