export function psi(expected_counts: number[], actual_counts: number[]): number {
  if (expected_counts.length === 0) return 0;
  const eTotal = expected_counts.reduce((s, x) => s + x, 0);
  const aTotal = actual_counts.reduce((s, x) => s + x, 0);
  let total = 0;
  for (let i = 0; i < expected_counts.length; i++) {
    const e = Math.max(expected_counts[i] / eTotal, 1e-4);
    const a = Math.max(actual_counts[i] / aTotal, 1e-4);
    total += a * Math.log(a / e);
  }
  return total;
}
