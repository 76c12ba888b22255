/**
 * Jensen-Shannon divergence (natural log) between two histograms after adding
 * alpha to every count. Terms with a zero probability contribute 0; empty input -> 0.
 */
export function js_divergence(p_counts: number[], q_counts: number[], alpha: number): number {
  throw new Error('not implemented');
}
