/** Replay [indices, values, label] examples through FTRL-proximal; return each prediction before its update. */
export function ftrl_predictions(examples: [number[], number[], number][], alpha: number, beta: number, l1: number, l2: number): number[] {
  throw new Error('not implemented');
}
