export function sparse_dot(a: number[][], b: number[][]): number {
  // new Map(entries) keeps only the LAST value of a repeated index instead of adding them up.
  const da = new Map(a.map(([i, v]) => [i, v] as [number, number]));
  const db = new Map(b.map(([i, v]) => [i, v] as [number, number]));
  let total = 0;
  for (const [i, v] of da) if (db.has(i)) total += v * (db.get(i) as number);
  return total;
}
