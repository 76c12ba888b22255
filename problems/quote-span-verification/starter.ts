/**
 * Indices of quoted spans in `answer` that do not occur (normalised, on word boundaries)
 * in the source they cite, or in any source when uncited.
 */
export function unsupported_quotes(answer: string, sources: string[]): number[] {
  throw new Error('not implemented');
}
