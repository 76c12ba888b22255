/**
 * Return the softmax of `logits` as an array of probabilities summing to 1.
 * Must stay finite for logits as large as +/-10,000. An empty array returns [].
 */
export function softmax(logits: number[]): number[] {
  throw new Error('not implemented');
}
