export function ks_statistic(a: number[], b: number[]): number {
  const xs = [...a].sort((p, q) => p - q);
  const ys = [...b].sort((p, q) => p - q);
  const n = xs.length;
  const m = ys.length;
  let i = 0;
  let j = 0;
  let best = 0;
  while (i < n && j < m) {
    if (xs[i] <= ys[j]) i++;
    else j++;
    best = Math.max(best, Math.abs(i / n - j / m));
  }
  return best;
}
