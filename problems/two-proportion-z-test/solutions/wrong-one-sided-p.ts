function erfcNonNeg(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

export function two_proportion_z_test(conversions_a: number, n_a: number, conversions_b: number, n_b: number): number[] {
  // Reports the one-sided tail 1 - Phi(|z|) as the p-value, half the two-sided value.
  const pA = conversions_a / n_a;
  const pB = conversions_b / n_b;
  const pooled = (conversions_a + conversions_b) / (n_a + n_b);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b));
  if (se === 0) return [0, 1];
  const z = (pB - pA) / se;
  return [z, 0.5 * erfcNonNeg(Math.abs(z) / Math.SQRT2)];
}
