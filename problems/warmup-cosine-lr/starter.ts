/**
 * Learning rate at each 0-based step in `steps`: linear warmup over `warmup_steps`
 * (base_lr * (s + 1) / W), cosine decay to `min_lr` until `total_steps`, then `min_lr`.
 */
export function lr_schedule(
  base_lr: number,
  min_lr: number,
  warmup_steps: number,
  total_steps: number,
  steps: number[],
): number[] {
  throw new Error('not implemented');
}
