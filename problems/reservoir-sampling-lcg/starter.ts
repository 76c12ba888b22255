/** Algorithm R; draws from state = (1103515245 * state + 12345) mod 2^31, j = floor(draw * (i + 1) / 2^31). */
export function reservoir_sample(stream: number[], k: number, seed: number): number[] {
  throw new Error('not implemented');
}
