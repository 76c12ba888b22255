/**
 * Standardise each column of `serve` with the mean and population standard
 * deviation of that column in `train` (a constant training column divides by 1).
 */
export function scale_for_serving(train: number[][], serve: number[][]): number[][] {
  throw new Error('not implemented');
}
