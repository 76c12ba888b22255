/**
 * MinHash signatures of word-3-gram shingles, LSH banding, then an estimated-similarity check.
 * Return the sorted [i, j] pairs (i < j).
 */
export function near_duplicates(docs: string[], bands: number, rows: number, threshold: number): number[][] {
  throw new Error('not implemented');
}
