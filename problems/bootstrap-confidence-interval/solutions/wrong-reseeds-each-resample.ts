export function bootstrap_ci(values: number[], n_resamples: number, confidence_pct: number, seed: number): number[] {
  // Restarts the generator from the seed for every resample, so every
  // resample draws the same indices and the interval collapses to a point.
  const n = values.length;
  const means: number[] = [];
  for (let b = 0; b < n_resamples; b++) {
    let state = seed;
    let total = 0;
    for (let i = 0; i < n; i++) {
      state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
      total += values[Math.floor((state * n) / 2147483648)];
    }
    means.push(total / n);
  }
  means.sort((a, b) => a - b);
  const k = Math.floor((n_resamples * (100 - confidence_pct)) / 200);
  return [means[k], means[n_resamples - 1 - k]];
}
