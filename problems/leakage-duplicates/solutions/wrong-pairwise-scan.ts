export function leaked_test_rows(train: number[][], test: number[][]): number[] {
  // Correct answer, but scans the whole training list for every test row: O(n * m).
  const out: number[] = [];
  test.forEach((row, j) => {
    if (train.some((r) => r.length === row.length && r.every((v, c) => v === row[c]))) out.push(j);
  });
  return out;
}
