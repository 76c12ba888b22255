export function ndcg_at_k(ranked: number[], judgments: number[][], k: number): number {
  // Builds the ideal ranking by re-sorting only the retrieved items, so
  // relevant items the system never returned do not lower the score.
  const grade = new Map<number, number>();
  for (const [item, g] of judgments) grade.set(item, g);
  const grades = ranked.slice(0, k).map((item) => grade.get(item) ?? 0);
  const dcg = (gs: number[]) => gs.reduce((s, g, i) => s + (Math.pow(2, g) - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades].sort((a, b) => b - a));
  return ideal > 0 ? dcg(grades) / ideal : 0;
}
