/**
 * Mean binary cross-entropy (natural log) of predicted probabilities of class 1.
 * Clip every probability into [eps, 1 - eps] before taking logs.
 */
export function log_loss(labels: number[], probs: number[], eps: number): number {
  throw new Error('not implemented');
}
