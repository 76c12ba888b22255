export function failing_slices(
  labels: number[],
  preds: number[],
  slices: string[],
  min_accuracy: number,
  min_support: number,
): string[] {
  // Fails a slice whose accuracy is exactly at the bar (<= instead of <).
  const support = new Map<string, number>();
  const correct = new Map<string, number>();
  for (let i = 0; i < labels.length; i++) {
    support.set(slices[i], (support.get(slices[i]) ?? 0) + 1);
    correct.set(slices[i], (correct.get(slices[i]) ?? 0) + (labels[i] === preds[i] ? 1 : 0));
  }
  const failing: [number, string][] = [];
  for (const [s, n] of support) {
    const acc = (correct.get(s) ?? 0) / n;
    if (n >= min_support && acc <= min_accuracy) failing.push([acc, s]);
  }
  failing.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  return failing.map((f) => f[1]);
}
