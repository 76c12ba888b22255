/**
 * Mean over rows of -log softmax(logits[r])[labels[r]] (natural log).
 * Must stay finite for logits as large as +/-10,000.
 */
export function cross_entropy(logits: number[][], labels: number[]): number {
  throw new Error('not implemented');
}
