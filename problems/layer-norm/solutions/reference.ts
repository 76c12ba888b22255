export function layer_norm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return x.map((row) => {
    const d = row.length;
    let sum = 0;
    for (const v of row) sum += v;
    const mu = sum / d;
    let sq = 0;
    for (const v of row) sq += (v - mu) * (v - mu);
    const inv = 1 / Math.sqrt(sq / d + eps);
    return row.map((v, j) => gamma[j] * (v - mu) * inv + beta[j]);
  });
}
