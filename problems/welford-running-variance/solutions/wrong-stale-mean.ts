export function running_variance(xs: number[]): number[] {
  // Welford update with the old mean in both factors: M2 += (x - mean_old)^2.
  const out: number[] = [];
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < xs.length; i++) {
    const n = i + 1;
    const delta = xs[i] - mean;
    m2 += delta * delta;
    mean += delta / n;
    out.push(m2 / n);
  }
  return out;
}
