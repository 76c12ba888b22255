/**
 * Simulate epsilon-greedy over rewards[t][a] with the LCG
 * state = (1103515245 * state + 12345) mod 2^31 and return [[arm, propensity, reward], ...].
 */
export function epsilon_greedy_log(rewards: number[][], epsilon: number, seed: number): number[][] {
  throw new Error('not implemented');
}
