export function layer_norm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return x.map((row) => {
    const d = row.length;
    const mu = row.reduce((a, b) => a + b, 0) / d;
    const variance = row.reduce((a, v) => a + (v - mu) ** 2, 0) / Math.max(d - 1, 1);
    const denom = Math.sqrt(variance + eps);
    return row.map((v, j) => (gamma[j] * (v - mu)) / denom + beta[j]);
  });
}
