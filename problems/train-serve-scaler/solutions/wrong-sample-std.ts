export function scale_for_serving(train: number[][], serve: number[][]): number[][] {
  const n = train.length;
  const d = train[0].length;
  const means: number[] = [];
  const sds: number[] = [];
  for (let j = 0; j < d; j++) {
    let sum = 0;
    for (const row of train) sum += row[j];
    const mu = sum / n;
    let ss = 0;
    for (const row of train) ss += (row[j] - mu) ** 2;
    const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    means.push(mu);
    sds.push(sd > 0 ? sd : 1);
  }
  return serve.map((row) => row.map((x, j) => (x - means[j]) / sds[j]));
}
