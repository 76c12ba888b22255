export function leaked_test_rows(train: number[][], test: number[][]): number[] {
  // Rounds to 3 decimals "to be safe with floats": near-equal rows are reported as leaked.
  const key = (row: number[]) => row.map((v) => v.toFixed(3)).join('|');
  const seen = new Set(train.map(key));
  const out: number[] = [];
  test.forEach((row, j) => {
    if (seen.has(key(row))) out.push(j);
  });
  return out;
}
