/**
 * Split row indices by time.
 * Returns [trainIndices, testIndices], both ascending. The test set is the last
 * ceil(n * test_fraction - 1e-9) rows in (timestamp, index) order, plus every row that
 * shares a timestamp with the earliest test row.
 */
export function time_split(timestamps: number[], test_fraction: number): number[][] {
  throw new Error('not implemented');
}
