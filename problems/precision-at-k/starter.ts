/**
 * Fraction of the first k positions of `ranked` that hold a relevant item.
 * Always divide by k, even when `ranked` has fewer than k items.
 */
export function precision_at_k(ranked: number[], relevant: number[], k: number): number {
  throw new Error('not implemented');
}
