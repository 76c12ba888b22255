export function running_variance(xs: number[]): number[] {
  const out: number[] = [];
  let mean = 0;
  let m2 = 0; // sum of squared deviations from the current mean
  for (let i = 0; i < xs.length; i++) {
    const n = i + 1;
    const delta = xs[i] - mean;
    mean += delta / n;
    m2 += delta * (xs[i] - mean);
    out.push(m2 / n);
  }
  return out;
}
