function rows(csvText: string): string[][] {
  const lines = csvText
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l !== '');
  return lines.slice(1).map((l) => l.split(',').map((f) => f.trim()));
}

function median(values: number[]): number {
  const v = values.slice().sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) return 0;
  return n % 2 === 1 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

export function impute_for_serving(train_csv: string, serve_csv: string): number[][] {
  const train = rows(train_csv);
  const serve = rows(serve_csv);
  const nCols = train_csv.split('\n', 1)[0].split(',').length;
  const fills: number[] = [];
  for (let j = 0; j < nCols; j++) {
    fills.push(median(train.filter((r) => r[j] !== '').map((r) => Number(r[j]))));
  }
  return serve.map((r) => r.map((f, j) => (f !== '' ? Number(f) : fills[j])));
}
