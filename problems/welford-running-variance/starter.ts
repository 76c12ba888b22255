/** Return the population variance of each prefix xs[0..i], in one pass. */
export function running_variance(xs: number[]): number[] {
  throw new Error('not implemented');
}
