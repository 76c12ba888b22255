export function bootstrap_ci(values: number[], n_resamples: number, confidence_pct: number, seed: number): number[] {
  const n = values.length;
  let state = seed >>> 0;
  const means = new Float64Array(n_resamples);
  for (let b = 0; b < n_resamples; b++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      // 1103515245 * state overflows 2^53 in doubles; Math.imul keeps the low
      // 32 bits exactly, and only the low 31 bits matter modulo 2^31.
      state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
      total += values[Math.floor((state * n) / 2147483648)];
    }
    means[b] = total / n;
  }
  means.sort();
  const k = Math.floor((n_resamples * (100 - confidence_pct)) / 200);
  return [means[k], means[n_resamples - 1 - k]];
}
