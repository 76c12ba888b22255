export function ndcg_at_k(ranked: number[], judgments: number[][], k: number): number {
  const grade = new Map<number, number>();
  for (const [item, g] of judgments) grade.set(item, g);
  const dcg = (grades: number[]): number => {
    let s = 0;
    for (let i = 0; i < grades.length; i++) s += (Math.pow(2, grades[i]) - 1) / Math.log2(i + 2);
    return s;
  };
  const actual = dcg(ranked.slice(0, k).map((item) => grade.get(item) ?? 0));
  const idealGrades = judgments.map((j) => j[1]).sort((a, b) => b - a).slice(0, k);
  const ideal = dcg(idealGrades);
  return ideal > 0 ? actual / ideal : 0;
}
