/** Beam search over a bigram model; return the best finished sequence by score / length ** alpha. */
export function beam_search(start: number[], trans: number[][], end: number, beam: number, max_len: number, alpha: number): number[] {
  throw new Error('not implemented');
}
