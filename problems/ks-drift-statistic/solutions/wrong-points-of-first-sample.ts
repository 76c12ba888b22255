function upperBound(arr: number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function ks_statistic(a: number[], b: number[]): number {
  const xs = [...a].sort((p, q) => p - q);
  const ys = [...b].sort((p, q) => p - q);
  let best = 0;
  for (const x of xs) {
    const fa = upperBound(xs, x) / xs.length;
    const fb = upperBound(ys, x) / ys.length;
    best = Math.max(best, Math.abs(fa - fb));
  }
  return best;
}
