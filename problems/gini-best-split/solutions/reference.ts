export function best_split(X: number[][], y: number[]): number[] {
  const n = y.length;
  let nClasses = 1;
  for (const label of y) if (label + 1 > nClasses) nClasses = label + 1;
  const total = new Array<number>(nClasses).fill(0);
  for (const label of y) total[label]++;
  let totalSq = 0;
  for (const c of total) totalSq += c * c;
  const parent = n ? 1 - totalSq / (n * n) : 0;
  let best: number[] = [-1, 0, parent];
  let bestScore = Infinity;
  const d = n ? X[0].length : 0;
  for (let j = 0; j < d; j++) {
    const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => X[p][j] - X[q][j]);
    const left = new Array<number>(nClasses).fill(0);
    const right = total.slice();
    let sqLeft = 0;
    let sqRight = totalSq;
    for (let pos = 0; pos < n - 1; pos++) {
      const i = order[pos];
      const c = y[i];
      sqLeft += 2 * left[c] + 1;
      left[c]++;
      sqRight -= 2 * right[c] - 1;
      right[c]--;
      const a = X[i][j];
      const b = X[order[pos + 1]][j];
      if (a === b) continue;
      const nLeft = pos + 1;
      const nRight = n - nLeft;
      const score = (nLeft * (1 - sqLeft / (nLeft * nLeft)) + nRight * (1 - sqRight / (nRight * nRight))) / n;
      if (score < bestScore - 1e-12) {
        bestScore = score;
        best = [j, (a + b) / 2, score];
      }
    }
  }
  return best;
}
