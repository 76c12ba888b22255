export function bootstrap_ci(values: number[], n_resamples: number, confidence_pct: number, seed: number): number[] {
  // Draws correctly but reads the bounds with linearly interpolated
  // percentiles (position (B - 1) * q) instead of the specified order statistics.
  const n = values.length;
  let state = seed;
  const means: number[] = [];
  for (let b = 0; b < n_resamples; b++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
      total += values[Math.floor((state * n) / 2147483648)];
    }
    means.push(total / n);
  }
  means.sort((a, b) => a - b);
  const percentile = (q: number): number => {
    const pos = ((n_resamples - 1) * q) / 100;
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, n_resamples - 1);
    return means[lo] + (means[hi] - means[lo]) * (pos - lo);
  };
  const alpha = (100 - confidence_pct) / 2;
  return [percentile(alpha), percentile(100 - alpha)];
}
