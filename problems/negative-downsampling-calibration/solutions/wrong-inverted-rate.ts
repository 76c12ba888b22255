export function recalibrate(probs: number[], keep_rate: number): number[] {
  const r = keep_rate;
  return probs.map((p) => p / (p + r * (1 - p)));
}
