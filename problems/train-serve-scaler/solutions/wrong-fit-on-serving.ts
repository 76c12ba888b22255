export function scale_for_serving(train: number[][], serve: number[][]): number[][] {
  if (serve.length === 0) return [];
  const m = serve.length;
  const d = serve[0].length;
  const means: number[] = [];
  const sds: number[] = [];
  for (let j = 0; j < d; j++) {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += serve[i][j];
    const mu = sum / m;
    let ss = 0;
    for (let i = 0; i < m; i++) ss += (serve[i][j] - mu) ** 2;
    const sd = Math.sqrt(ss / m);
    means.push(mu);
    sds.push(sd === 0 ? 1 : sd);
  }
  return serve.map((row) => row.map((x, j) => (x - means[j]) / sds[j]));
}
