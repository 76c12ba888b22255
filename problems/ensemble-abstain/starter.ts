/**
 * Average the members' probabilities per example; return -1 where the entropy (nats)
 * of the average is > max_entropy, else its argmax (smallest index on a tie).
 */
export function ensemble_predict(member_probs: number[][][], max_entropy: number): number[] {
  throw new Error('not implemented');
}
