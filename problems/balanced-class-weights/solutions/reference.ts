export function class_weights(labels: number[], n_classes: number): number[] {
  const counts = new Array<number>(n_classes).fill(0);
  for (const y of labels) counts[y] += 1;
  const n = labels.length;
  return counts.map((c) => (c > 0 ? n / (n_classes * c) : 0));
}
