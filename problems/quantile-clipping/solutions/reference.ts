function rows(csvText: string): string[][] {
  const lines = csvText
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l !== '');
  return lines.slice(1).map((l) => l.split(',').map((f) => f.trim()));
}

function quantile(xs: number[], q: number): number {
  const h = (xs.length - 1) * q;
  const i = Math.floor(h);
  const j = Math.min(i + 1, xs.length - 1);
  return xs[i] + (h - i) * (xs[j] - xs[i]);
}

export function clip_with_train_quantiles(train_csv: string, serve_csv: string, lower_q: number, upper_q: number): number[][] {
  const train = rows(train_csv);
  const serve = rows(serve_csv);
  const nCols = train_csv.split('\n', 1)[0].split(',').length;
  const bounds: [number, number][] = [];
  for (let j = 0; j < nCols; j++) {
    const xs = train.filter((r) => r[j] !== '').map((r) => Number(r[j])).sort((a, b) => a - b);
    bounds.push(xs.length ? [quantile(xs, lower_q), quantile(xs, upper_q)] : [-Infinity, Infinity]);
  }
  return serve.map((r) =>
    r.map((f, j) => (f === '' ? NaN : Math.min(Math.max(Number(f), bounds[j][0]), bounds[j][1]))),
  );
}
