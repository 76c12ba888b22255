export function ndcg_at_k(ranked: number[], judgments: number[][], k: number): number {
  // Uses the grade itself as the gain instead of 2^grade - 1.
  const grade = new Map<number, number>();
  for (const [item, g] of judgments) grade.set(item, g);
  const dcg = (gs: number[]) => gs.reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
  const actual = dcg(ranked.slice(0, k).map((item) => grade.get(item) ?? 0));
  const ideal = dcg(judgments.map((j) => j[1]).sort((a, b) => b - a).slice(0, k));
  return ideal > 0 ? actual / ideal : 0;
}
