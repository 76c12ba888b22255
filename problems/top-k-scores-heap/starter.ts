/** Return the indices of the k highest scores, best first; ties go to the lower index. */
export function top_k(scores: number[], k: number): number[] {
  throw new Error('not implemented');
}
