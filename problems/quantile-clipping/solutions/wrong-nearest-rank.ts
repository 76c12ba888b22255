function rows(csv: string): [string[][], number] {
  const lines = csv.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '');
  return [lines.slice(1).map((l) => l.split(',').map((f) => f.trim())), lines[0].split(',').length];
}

function q(xs: number[], p: number): number {
  const h = (xs.length - 1) * p;
  const i = Math.floor(h);
  return xs[i] + (h - i) * (xs[Math.min(i + 1, xs.length - 1)] - xs[i]);
}

function apply(serve: string[][], bounds: [number, number][]): number[][] {
  return serve.map((r) => r.map((f, j) => (f === '' ? NaN : Math.min(Math.max(Number(f), bounds[j][0]), bounds[j][1]))));
}

export function clip_with_train_quantiles(train_csv: string, serve_csv: string, lower_q: number, upper_q: number): number[][] {
  // Takes the order statistic at floor((m - 1) * q) without interpolating.
  const [train, m] = rows(train_csv);
  const [serve] = rows(serve_csv);
  const bounds: [number, number][] = [];
  for (let j = 0; j < m; j++) {
    const xs = train.filter((r) => r[j] !== '').map((r) => Number(r[j])).sort((a, b) => a - b);
    const at = (p: number) => xs[Math.floor((xs.length - 1) * p)];
    bounds.push(xs.length ? [at(lower_q), at(upper_q)] : [-Infinity, Infinity]);
  }
  return apply(serve, bounds);
}
