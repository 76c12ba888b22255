/**
 * Best recall reachable with precision >= min_precision.
 * Candidate thresholds are the distinct scores; predict positive when score >= t.
 * Return [t, recall] for the feasible t with the highest recall (ties: the highest t),
 * or [Infinity, 0] when no threshold reaches the precision floor.
 */
export function recall_at_precision(labels: number[], scores: number[], min_precision: number): number[] {
  throw new Error('not implemented');
}
