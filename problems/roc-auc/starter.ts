/**
 * Probability that a random positive scores higher than a random negative.
 * labels[i] is 1 (positive) or 0 (negative); both classes are present.
 * A tie between a positive and a negative counts as 1/2.
 */
export function roc_auc(labels: number[], scores: number[]): number {
  throw new Error('not implemented');
}
