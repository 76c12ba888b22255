/**
 * Two-sample Kolmogorov-Smirnov statistic: max over x of |F_a(x) - F_b(x)|,
 * where F counts the values <= x (ties handled correctly).
 */
export function ks_statistic(a: number[], b: number[]): number {
  throw new Error('not implemented');
}
