export function psi(expected_counts: number[], actual_counts: number[]): number {
  if (expected_counts.length === 0) return 0;
  const eTotal = expected_counts.reduce((s, x) => s + x, 0);
  const aTotal = actual_counts.reduce((s, x) => s + x, 0);
  let total = 0;
  for (let i = 0; i < expected_counts.length; i++) {
    if (expected_counts[i] === 0 || actual_counts[i] === 0) continue;
    const e = expected_counts[i] / eTotal;
    const a = actual_counts[i] / aTotal;
    total += (a - e) * Math.log(a / e);
  }
  return total;
}
