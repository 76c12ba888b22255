/**
 * Mean reciprocal rank with cutoff k.
 * For query q, the reciprocal rank is 1 / (1-based position of the first item of
 * rankings[q].slice(0, k) that is in relevant[q]), or 0 if there is none.
 * Return the mean over all queries (0 when there are no queries).
 */
export function mrr_at_k(rankings: number[][], relevant: number[][], k: number): number {
  throw new Error('not implemented');
}
