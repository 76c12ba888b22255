export function ndcg_at_k(ranked: number[], judgments: number[][], k: number): number {
  // Cuts the system's list at k but not the ideal list, so the ideal DCG
  // includes items that could never fit in k slots.
  const grade = new Map<number, number>();
  for (const [item, g] of judgments) grade.set(item, g);
  const dcg = (gs: number[]) => gs.reduce((s, g, i) => s + (Math.pow(2, g) - 1) / Math.log2(i + 2), 0);
  const actual = dcg(ranked.slice(0, k).map((item) => grade.get(item) ?? 0));
  const ideal = dcg(judgments.map((j) => j[1]).sort((a, b) => b - a));
  return ideal > 0 ? actual / ideal : 0;
}
