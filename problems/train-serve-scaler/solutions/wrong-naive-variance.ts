export function scale_for_serving(train: number[][], serve: number[][]): number[][] {
  const n = train.length;
  const d = train[0].length;
  const means: number[] = [];
  const sds: number[] = [];
  for (let j = 0; j < d; j++) {
    let s = 0;
    let s2 = 0;
    for (const row of train) {
      s += row[j];
      s2 += row[j] * row[j];
    }
    const mu = s / n;
    const sd = Math.sqrt(Math.max(s2 / n - mu * mu, 0));
    means.push(mu);
    sds.push(sd > 0 ? sd : 1);
  }
  return serve.map((row) => row.map((x, j) => (x - means[j]) / sds[j]));
}
