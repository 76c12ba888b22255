/**
 * [train_indices, test_indices] (both ascending). Per class (ascending label), shuffle the
 * class's ascending indices with Fisher-Yates driven by the LCG
 * state = (1103515245 * state + 12345) mod 2^31, then send the first
 * floor((n_c * test_percent + 50) / 100) of them to test.
 */
export function stratified_split(labels: number[], test_percent: number, seed: number): number[][] {
  throw new Error('not implemented');
}
