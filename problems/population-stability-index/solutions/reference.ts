const FLOOR = 1e-4;

export function psi(expected_counts: number[], actual_counts: number[]): number {
  if (expected_counts.length === 0) return 0;
  let eTotal = 0;
  let aTotal = 0;
  for (let i = 0; i < expected_counts.length; i++) {
    eTotal += expected_counts[i];
    aTotal += actual_counts[i];
  }
  let total = 0;
  for (let i = 0; i < expected_counts.length; i++) {
    const e = Math.max(expected_counts[i] / eTotal, FLOOR);
    const a = Math.max(actual_counts[i] / aTotal, FLOOR);
    total += (a - e) * Math.log(a / e);
  }
  return total;
}
