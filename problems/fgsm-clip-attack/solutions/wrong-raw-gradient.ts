export function fgsm_attack(
  x: number[][],
  labels: number[],
  W: number[][],
  b: number[],
  eps: number,
  lo: number[],
  hi: number[],
): number[][] {
  return x.map((row, i) => {
    const z = W.map((wc, c) => wc.reduce((acc, w, j) => acc + w * row[j], b[c]));
    const top = Math.max(...z);
    const e = z.map((v) => Math.exp(v - top));
    const total = e.reduce((a, c) => a + c, 0);
    const p = e.map((v) => v / total);
    p[labels[i]] -= 1;
    const grad = row.map((_, j) => W.reduce((acc, wc, c) => acc + wc[j] * p[c], 0));
    return row.map((v, j) => Math.min(hi[j], Math.max(lo[j], v + eps * grad[j])));
  });
}
