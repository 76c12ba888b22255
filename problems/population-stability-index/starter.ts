/**
 * Population stability index between a training histogram and a production histogram.
 * Proportions are floored at 1e-4 per bin (no renormalisation);
 * PSI = sum((a - e) * ln(a / e)). Empty input returns 0.
 */
export function psi(expected_counts: number[], actual_counts: number[]): number {
  throw new Error('not implemented');
}
