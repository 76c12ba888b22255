export function sessionize(csv_text: string, gap: number): number[] {
  // Measures inactivity from the first event of the session instead of the previous event
  // (a fixed window, not an inactivity gap).
  const lines = csv_text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const h = lines[0].split(',').map((x) => x.trim());
  const ui = h.indexOf('user_id'), ti = h.indexOf('ts');
  const rows = lines.slice(1).map((l) => l.split(',').map((x) => x.trim()));
  const out = new Array<number>(rows.length).fill(-1);
  const by = new Map<string, [number, number][]>();
  rows.forEach((r, i) => {
    if (r[ui] && r[ti]) {
      if (!by.has(r[ui])) by.set(r[ui], []);
      by.get(r[ui])!.push([Number(r[ti]), i]);
    }
  });
  for (const evs of by.values()) {
    evs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let s = 0, start = evs[0][0];
    for (const [ts, i] of evs) {
      if (ts - start > gap) {
        s += 1;
        start = ts;
      }
      out[i] = s;
    }
  }
  return out;
}
