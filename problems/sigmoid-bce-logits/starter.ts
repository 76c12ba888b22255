/**
 * Mean binary cross-entropy of sigmoid(logits) against labels (natural log).
 * Must be finite for |logit| up to 10,000. An empty batch returns 0.
 */
export function bce_with_logits(logits: number[], labels: number[]): number {
  throw new Error('not implemented');
}
