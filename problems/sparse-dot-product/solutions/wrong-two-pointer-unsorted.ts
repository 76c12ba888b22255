export function sparse_dot(a: number[][], b: number[][]): number {
  // Two-pointer merge that assumes both lists are sorted by index without repeats.
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    if (a[i][0] === b[j][0]) {
      total += a[i][1] * b[j][1];
      i++;
      j++;
    } else if (a[i][0] < b[j][0]) {
      i++;
    } else {
      j++;
    }
  }
  return total;
}
