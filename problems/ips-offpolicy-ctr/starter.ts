/**
 * [IPS, SNIPS] estimate of the new policy's CTR with weights
 * w_i = min(target_probs[i][actions[i]] / propensities[i], max_weight).
 */
export function ips_estimate(
  actions: number[],
  propensities: number[],
  clicks: number[],
  target_probs: number[][],
  max_weight: number,
): number[] {
  throw new Error('not implemented');
}
