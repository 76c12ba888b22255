function gini(labels: number[]): number {
  if (labels.length === 0) return 0;
  const counts = new Map<number, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  let s = 0;
  for (const c of counts.values()) s += (c / labels.length) ** 2;
  return 1 - s;
}

export function best_split(X: number[][], y: number[]): number[] {
  const n = y.length;
  let best: number[] = [-1, 0, gini(y)];
  let bestScore = Infinity;
  const d = n ? X[0].length : 0;
  for (let j = 0; j < d; j++) {
    const values = Array.from(new Set(X.map((row) => row[j]))).sort((a, b) => a - b);
    for (let v = 0; v + 1 < values.length; v++) {
      const t = (values[v] + values[v + 1]) / 2;
      const left: number[] = [];
      const right: number[] = [];
      for (let i = 0; i < n; i++) (X[i][j] <= t ? left : right).push(y[i]);
      const score = (left.length * gini(left) + right.length * gini(right)) / n;
      if (score < bestScore - 1e-12) {
        bestScore = score;
        best = [j, t, score];
      }
    }
  }
  return best;
}
