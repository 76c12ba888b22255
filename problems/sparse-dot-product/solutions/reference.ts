function accumulate(entries: number[][]): Map<number, number> {
  const acc = new Map<number, number>();
  for (const [idx, val] of entries) acc.set(idx, (acc.get(idx) ?? 0) + val);
  return acc;
}

export function sparse_dot(a: number[][], b: number[][]): number {
  let da = accumulate(a);
  let db = accumulate(b);
  if (da.size > db.size) [da, db] = [db, da];
  let total = 0;
  for (const [idx, val] of da) {
    const other = db.get(idx);
    if (other !== undefined) total += val * other;
  }
  return total;
}
