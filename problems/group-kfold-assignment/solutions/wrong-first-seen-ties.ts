export function group_kfold(groups: string[], k: number): number[] {
  // Sorts by size only; the stable sort keeps equal sizes in first-appearance order, not by id.
  const sizes = new Map<string, number>();
  for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => (sizes.get(b) as number) - (sizes.get(a) as number));
  const loads = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const g of order) {
    let f = 0;
    for (let j = 1; j < k; j++) if (loads[j] < loads[f]) f = j;
    foldOf.set(g, f);
    loads[f] += sizes.get(g) as number;
  }
  return groups.map((g) => foldOf.get(g) as number);
}
