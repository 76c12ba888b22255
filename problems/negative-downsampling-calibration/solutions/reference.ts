export function recalibrate(probs: number[], keep_rate: number): number[] {
  const r = keep_rate;
  return probs.map((p) => (r * p) / (r * p + (1 - p)));
}
