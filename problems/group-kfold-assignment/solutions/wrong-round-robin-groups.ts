export function group_kfold(groups: string[], k: number): number[] {
  // Keeps groups whole and visits them in the right order, but deals them to folds round-robin
  // instead of to the least-loaded fold, so fold sizes drift apart.
  const sizes = new Map<string, number>();
  for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => {
    const d = (sizes.get(b) as number) - (sizes.get(a) as number);
    return d !== 0 ? d : a < b ? -1 : a > b ? 1 : 0;
  });
  const foldOf = new Map<string, number>();
  order.forEach((g, i) => foldOf.set(g, i % k));
  return groups.map((g) => foldOf.get(g) as number);
}
