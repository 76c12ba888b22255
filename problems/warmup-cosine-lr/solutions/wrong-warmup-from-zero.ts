export function lr_schedule(
  base_lr: number,
  min_lr: number,
  warmup_steps: number,
  total_steps: number,
  steps: number[],
): number[] {
  return steps.map((s) => {
    if (s < warmup_steps) return (base_lr * s) / warmup_steps;
    if (s < total_steps) {
      const progress = (s - warmup_steps) / (total_steps - warmup_steps);
      return min_lr + 0.5 * (base_lr - min_lr) * (1 + Math.cos(Math.PI * progress));
    }
    return min_lr;
  });
}
