function erfcNonNeg(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

export function two_proportion_z_test(conversions_a: number, n_a: number, conversions_b: number, n_b: number): number[] {
  // Uses the unpooled standard error sqrt(pa(1-pa)/na + pb(1-pb)/nb)
  // instead of the pooled one that the null hypothesis implies.
  const pA = conversions_a / n_a;
  const pB = conversions_b / n_b;
  const se = Math.sqrt((pA * (1 - pA)) / n_a + (pB * (1 - pB)) / n_b);
  if (se === 0) return [0, 1];
  const z = (pB - pA) / se;
  return [z, erfcNonNeg(Math.abs(z) / Math.SQRT2)];
}
