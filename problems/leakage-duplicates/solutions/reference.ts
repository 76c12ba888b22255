function rowKey(row: number[]): string {
  // String(-0) is "0", and number-to-string is exact for doubles, so equal numbers give equal keys.
  return row.length + ':' + row.map((v) => String(v)).join(',');
}

export function leaked_test_rows(train: number[][], test: number[][]): number[] {
  const seen = new Set<string>();
  for (const row of train) seen.add(rowKey(row));
  const out: number[] = [];
  for (let j = 0; j < test.length; j++) {
    if (seen.has(rowKey(test[j]))) out.push(j);
  }
  return out;
}
