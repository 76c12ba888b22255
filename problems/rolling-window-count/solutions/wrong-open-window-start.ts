type Ev = { t: number; a: number; i: number };

function load(csv: string, keepMissingAmount = true): [number, Map<string, Ev[]>] {
  const lines = csv.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const h = lines[0].split(',').map((x) => x.trim());
  const ci = h.indexOf('card_id'), ti = h.indexOf('ts'), ai = h.indexOf('amount');
  const rows = lines.slice(1).map((l) => l.split(',').map((x) => x.trim()));
  const by = new Map<string, Ev[]>();
  rows.forEach((r, i) => {
    if (!r[ci] || !r[ti] || (!keepMissingAmount && !r[ai])) return;
    if (!by.has(r[ci])) by.set(r[ci], []);
    by.get(r[ci])!.push({ t: Number(r[ti]), a: r[ai] ? Number(r[ai]) : 0, i });
  });
  for (const evs of by.values()) evs.sort((x, y) => x.t - y.t || x.a - y.a || x.i - y.i);
  return [rows.length, by];
}

function bound(xs: number[], x: number, right: boolean): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x || (right && xs[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function prefix(evs: Ev[]): number[] {
  const p = [0];
  for (const e of evs) p.push(p[p.length - 1] + e.a);
  return p;
}

export function rolling_features(csv_text: string, window: number): number[][] {
  // Uses t - window < t' < t, dropping events exactly window seconds earlier.
  const [n, by] = load(csv_text);
  const out: number[][] = Array.from({ length: n }, () => [0, 0]);
  for (const evs of by.values()) {
    const ts = evs.map((e) => e.t), p = prefix(evs);
    for (const e of evs) {
      const lo = bound(ts, e.t - window, true), hi = bound(ts, e.t, false);
      out[e.i] = [hi - lo, p[hi] - p[lo]];
    }
  }
  return out;
}
