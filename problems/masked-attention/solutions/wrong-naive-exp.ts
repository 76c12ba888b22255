export function masked_attention(q: number[][], k: number[][], v: number[][], mask: boolean[][]): number[][] {
  return q.map((qi, i) => {
    const d = qi.length;
    const dv = v[0].length;
    const allowed = mask[i].map((ok, j) => (ok ? j : -1)).filter((j) => j >= 0);
    if (allowed.length === 0) return new Array<number>(dv).fill(0);
    const exps = allowed.map((j) => Math.exp(k[j].reduce((acc, x, t) => acc + x * qi[t], 0) / Math.sqrt(d)));
    const total = exps.reduce((a, b) => a + b, 0);
    return v[0].map((_, c) => allowed.reduce((acc, j, idx) => acc + (exps[idx] / total) * v[j][c], 0));
  });
}
