export function top_k(scores: number[], k: number): number[] {
  // Sorts ascending and reverses: equal scores come out with the HIGHER index first.
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  return order.reverse().slice(0, Math.max(0, k));
}
