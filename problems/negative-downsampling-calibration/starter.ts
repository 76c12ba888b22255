/**
 * Map probabilities from a model trained with negatives kept at rate `keep_rate`
 * back to the original distribution: q = r*p / (r*p + 1 - p).
 */
export function recalibrate(probs: number[], keep_rate: number): number[] {
  throw new Error('not implemented');
}
