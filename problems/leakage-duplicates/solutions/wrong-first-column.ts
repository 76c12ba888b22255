export function leaked_test_rows(train: number[][], test: number[][]): number[] {
  // Treats the first column as a record key: a shared key counts as a duplicate.
  const keys = new Set<number>();
  for (const row of train) if (row.length) keys.add(row[0]);
  const out: number[] = [];
  test.forEach((row, j) => {
    if (row.length && keys.has(row[0])) out.push(j);
  });
  return out;
}
