/**
 * Percentile bootstrap confidence interval for the mean of `values`.
 * Use the generator from the statement: state = (1103515245 * state + 12345) mod 2^31,
 * starting from state = seed; each draw picks index floor(state * n / 2^31).
 * Return [lower, upper] as the order statistics defined in the statement.
 */
export function bootstrap_ci(values: number[], n_resamples: number, confidence_pct: number, seed: number): number[] {
  throw new Error('not implemented');
}
