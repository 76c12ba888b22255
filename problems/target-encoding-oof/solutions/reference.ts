function table(csvText: string): [string[], string[][]] {
  const lines = csvText
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  return [header, lines.slice(1).map((l) => l.split(',').map((f) => f.trim()))];
}

function enc(s: number, cnt: number, m: number, prior: number): number {
  return cnt + m === 0 ? prior : (s + m * prior) / (cnt + m);
}

export function target_encode(train_csv: string, serve_csv: string, column: string, target: string,
                              n_folds: number, smoothing: number): number[][] {
  const [header, rows] = table(train_csv);
  const ci = header.indexOf(column);
  const ti = header.indexOf(target);
  const n = rows.length;
  const cats = rows.map((r) => r[ci]);
  const ys = rows.map((r) => Number(r[ti]));

  const totS = new Map<string, number>();
  const totN = new Map<string, number>();
  const foldS: Map<string, number>[] = [];
  const foldN: Map<string, number>[] = [];
  const foldYsum: number[] = [];
  const foldCnt: number[] = [];
  for (let f = 0; f < n_folds; f++) {
    foldS.push(new Map());
    foldN.push(new Map());
    foldYsum.push(0);
    foldCnt.push(0);
  }
  let yTotal = 0;
  for (let i = 0; i < n; i++) {
    const c = cats[i];
    const y = ys[i];
    const f = i % n_folds;
    totS.set(c, (totS.get(c) ?? 0) + y);
    totN.set(c, (totN.get(c) ?? 0) + 1);
    foldS[f].set(c, (foldS[f].get(c) ?? 0) + y);
    foldN[f].set(c, (foldN[f].get(c) ?? 0) + 1);
    foldYsum[f] += y;
    foldCnt[f] += 1;
  }
  for (const y of ys) yTotal += y;

  const trainEnc: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = cats[i];
    const f = i % n_folds;
    const prior = (yTotal - foldYsum[f]) / (n - foldCnt[f]);
    const s = totS.get(c)! - foldS[f].get(c)!;
    const cnt = totN.get(c)! - foldN[f].get(c)!;
    trainEnc.push(enc(s, cnt, smoothing, prior));
  }

  const prior = yTotal / n;
  const [sHeader, sRows] = table(serve_csv);
  const sci = sHeader.indexOf(column);
  const serveEnc = sRows.map((r) => enc(totS.get(r[sci]) ?? 0, totN.get(r[sci]) ?? 0, smoothing, prior));
  return [trainEnc, serveEnc];
}
