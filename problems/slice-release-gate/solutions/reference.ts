export function failing_slices(
  labels: number[],
  preds: number[],
  slices: string[],
  min_accuracy: number,
  min_support: number,
): string[] {
  const support = new Map<string, number>();
  const correct = new Map<string, number>();
  for (let i = 0; i < labels.length; i++) {
    const s = slices[i];
    support.set(s, (support.get(s) ?? 0) + 1);
    correct.set(s, (correct.get(s) ?? 0) + (labels[i] === preds[i] ? 1 : 0));
  }
  const failing: { acc: number; name: string }[] = [];
  for (const [name, n] of support) {
    if (n < min_support) continue;
    const acc = (correct.get(name) ?? 0) / n;
    if (acc < min_accuracy) failing.push({ acc, name });
  }
  failing.sort((a, b) => a.acc - b.acc || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return failing.map((f) => f.name);
}
