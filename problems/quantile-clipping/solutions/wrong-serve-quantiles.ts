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
  // Learns the clipping bounds from the serving batch instead of the training data.
  const [serve, m] = rows(serve_csv);
  const bounds: [number, number][] = [];
  for (let j = 0; j < m; j++) {
    const xs = serve.filter((r) => r[j] !== '').map((r) => Number(r[j])).sort((a, b) => a - b);
    bounds.push(xs.length ? [q(xs, lower_q), q(xs, upper_q)] : [-Infinity, Infinity]);
  }
  return apply(serve, bounds);
}
