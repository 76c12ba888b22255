export function masked_attention(q: number[][], k: number[][], v: number[][], mask: boolean[][]): number[][] {
  if (q.length === 0) return [];
  const d = q[0].length;
  const dv = v[0].length;
  const scale = 1 / Math.sqrt(d);
  return q.map((qi, i) => {
    const allowed: number[] = [];
    mask[i].forEach((ok, j) => {
      if (ok) allowed.push(j);
    });
    const o = new Array<number>(dv).fill(0);
    if (allowed.length === 0) return o;
    const scores = allowed.map((j) => {
      let s = 0;
      for (let t = 0; t < d; t++) s += qi[t] * k[j][t];
      return s * scale;
    });
    let top = -Infinity;
    for (const s of scores) if (s > top) top = s;
    const weights = scores.map((s) => Math.exp(s - top));
    let total = 0;
    for (const w of weights) total += w;
    allowed.forEach((j, idx) => {
      const w = weights[idx] / total;
      for (let c = 0; c < dv; c++) o[c] += w * v[j][c];
    });
    return o;
  });
}
