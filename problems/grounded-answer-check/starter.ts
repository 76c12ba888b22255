/**
 * {answer, unsupported}: a claim is supported when one passage with score >= min_score
 * contains at least min_overlap of its distinct non-stopword tokens.
 */
export function grounding_check(
  claims: string[],
  passages: string[],
  scores: number[],
  min_score: number,
  min_overlap: number,
): { answer: boolean; unsupported: number[] } {
  throw new Error('not implemented');
}
