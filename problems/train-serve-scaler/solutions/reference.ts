export function scale_for_serving(train: number[][], serve: number[][]): number[][] {
  const n = train.length;
  const d = train[0].length;
  const means: number[] = [];
  const scales: number[] = [];
  for (let j = 0; j < d; j++) {
    let sum = 0;
    let constant = true;
    for (let i = 0; i < n; i++) {
      sum += train[i][j];
      if (train[i][j] !== train[0][j]) constant = false;
    }
    const mu = sum / n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const dx = train[i][j] - mu;
      ss += dx * dx;
    }
    const variance = ss / n;
    means.push(mu);
    scales.push(constant || variance === 0 ? 1 : Math.sqrt(variance));
  }
  return serve.map((row) => row.map((x, j) => (x - means[j]) / scales[j]));
}
