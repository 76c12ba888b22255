export function recalibrate(probs: number[], keep_rate: number): number[] {
  return probs.map((p) => p * keep_rate);
}
