export function layer_norm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return x.map((row) => {
    const d = row.length;
    const mu = row.reduce((a, b) => a + b, 0) / d;
    const variance = row.reduce((a, v) => a + v * v, 0) / d - mu * mu;
    const denom = Math.sqrt(Math.max(variance, 0) + eps);
    return row.map((v, j) => (gamma[j] * (v - mu)) / denom + beta[j]);
  });
}
