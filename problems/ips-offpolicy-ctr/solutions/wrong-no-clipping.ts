export function ips_estimate(
  actions: number[],
  propensities: number[],
  clicks: number[],
  target_probs: number[][],
  max_weight: number,
): number[] {
  const n = actions.length;
  if (n === 0) return [0, 0];
  let weightedClicks = 0;
  let weightSum = 0;
  for (let i = 0; i < n; i++) {
    const w = target_probs[i][actions[i]] / propensities[i];
    weightedClicks += w * clicks[i];
    weightSum += w;
  }
  return [weightedClicks / n, weightSum > 0 ? weightedClicks / weightSum : 0];
}
