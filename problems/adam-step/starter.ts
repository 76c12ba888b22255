/**
 * One AdamW step (t is the 1-based number of this step).
 * Return [new_params, new_m, new_v] where new_m / new_v are the uncorrected moments.
 */
export function adam_step(
  params: number[],
  grads: number[],
  m: number[],
  v: number[],
  t: number,
  lr: number,
  beta1: number,
  beta2: number,
  eps: number,
  weight_decay: number,
): number[][] {
  throw new Error('not implemented');
}
