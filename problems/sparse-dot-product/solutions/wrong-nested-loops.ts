export function sparse_dot(a: number[][], b: number[][]): number {
  // Correct sum (each pair of entries with equal index contributes), but O(|a| * |b|).
  let total = 0;
  for (const [i, x] of a) {
    for (const [j, y] of b) {
      if (i === j) total += x * y;
    }
  }
  return total;
}
