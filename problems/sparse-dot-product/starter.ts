/** Dot product of two sparse vectors given as [index, value] entries (any order, indices may repeat). */
export function sparse_dot(a: number[][], b: number[][]): number {
  throw new Error('not implemented');
}
