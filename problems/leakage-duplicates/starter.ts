/** Return the ascending indices of test rows that exactly equal some training row. */
export function leaked_test_rows(train: number[][], test: number[][]): number[] {
  throw new Error('not implemented');
}
