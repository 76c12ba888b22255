function rows(csv: string): [string[][], number] {
  const lines = csv.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '');
  return [lines.slice(1).map((l) => l.split(',').map((f) => f.trim())), lines[0].split(',').length];
}

function median(values: number[]): number {
  const v = values.slice().sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) return 0;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

export function impute_for_serving(train_csv: string, serve_csv: string): number[][] {
  // Fits the medians on the serving batch itself instead of on the training data.
  const [serve, m] = rows(serve_csv);
  const fills: number[] = [];
  for (let j = 0; j < m; j++) fills.push(median(serve.filter((r) => r[j] !== '').map((r) => Number(r[j]))));
  return serve.map((r) => r.map((f, j) => (f !== '' ? Number(f) : fills[j])));
}
