export function class_weights(labels: number[], n_classes: number): number[] {
  const counts = new Array<number>(n_classes).fill(0);
  for (const y of labels) counts[y] += 1;
  const n = labels.length;
  if (n === 0) return counts.map(() => 0);
  return counts.map((c) => (c * n_classes) / n);
}
