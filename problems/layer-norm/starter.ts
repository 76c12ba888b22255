/**
 * Normalise each row of `x` to zero mean / unit (population) variance across its
 * features, then scale by `gamma` and shift by `beta` (both per feature).
 */
export function layer_norm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  throw new Error('not implemented');
}
