export function ks_statistic(a: number[], b: number[]): number {
  const xs = Float64Array.from(a).sort();
  const ys = Float64Array.from(b).sort();
  const n = xs.length;
  const m = ys.length;
  let i = 0;
  let j = 0;
  let best = 0;
  while (i < n && j < m) {
    const v = xs[i] <= ys[j] ? xs[i] : ys[j];
    while (i < n && xs[i] === v) i++;
    while (j < m && ys[j] === v) j++;
    const gap = Math.abs(i / n - j / m);
    if (gap > best) best = gap;
  }
  return best;
}
