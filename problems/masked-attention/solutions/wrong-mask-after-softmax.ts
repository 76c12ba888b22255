export function masked_attention(q: number[][], k: number[][], v: number[][], mask: boolean[][]): number[][] {
  return q.map((qi, i) => {
    const d = qi.length;
    const scores = k.map((kj) => kj.reduce((acc, x, t) => acc + x * qi[t], 0) / Math.sqrt(d));
    const top = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - top));
    const total = exps.reduce((a, b) => a + b, 0);
    const weights = exps.map((e, j) => (mask[i][j] ? e / total : 0));
    return v[0].map((_, c) => weights.reduce((acc, w, j) => acc + w * v[j][c], 0));
  });
}
