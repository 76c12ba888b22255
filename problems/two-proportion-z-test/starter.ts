/**
 * Pooled two-proportion z-test of variant B against control A.
 * Return [z, p_value] with z = (p_b - p_a) / pooled standard error and a
 * two-sided p-value. If the standard error is 0, return [0, 1].
 * (TypeScript has no built-in erf: see the statement for an approximation.)
 */
export function two_proportion_z_test(
  conversions_a: number,
  n_a: number,
  conversions_b: number,
  n_b: number,
): number[] {
  throw new Error('not implemented');
}
