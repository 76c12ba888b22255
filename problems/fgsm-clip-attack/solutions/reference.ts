function inputGradient(row: number[], y: number, W: number[][], b: number[]): number[] {
  const k = W.length;
  const d = row.length;
  const z = W.map((wc, c) => {
    let s = b[c];
    for (let j = 0; j < d; j++) s += wc[j] * row[j];
    return s;
  });
  let top = -Infinity;
  for (const v of z) if (v > top) top = v;
  const e = z.map((v) => Math.exp(v - top));
  let total = 0;
  for (const v of e) total += v;
  const delta = e.map((v) => v / total);
  delta[y] -= 1;
  const grad = new Array<number>(d).fill(0);
  for (let j = 0; j < d; j++) {
    let g = 0;
    for (let c = 0; c < k; c++) g += W[c][j] * delta[c];
    grad[j] = g;
  }
  return grad;
}

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
    const grad = inputGradient(row, labels[i], W, b);
    return row.map((v, j) => Math.min(hi[j], Math.max(lo[j], v + eps * Math.sign(grad[j]))));
  });
}
