function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function rolling_features(csv_text: string, window: number): number[][] {
  const lines = csv_text
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const ci = header.indexOf('card_id');
  const ti = header.indexOf('ts');
  const ai = header.indexOf('amount');
  const rows = lines.slice(1).map((l) => l.split(',').map((f) => f.trim()));
  const out: number[][] = rows.map(() => [0, 0]);

  const byCard = new Map<string, { t: number; a: number; i: number }[]>();
  rows.forEach((r, i) => {
    if (r[ci] === '' || r[ti] === '') return;
    if (!byCard.has(r[ci])) byCard.set(r[ci], []);
    byCard.get(r[ci])!.push({ t: Number(r[ti]), a: r[ai] !== '' ? Number(r[ai]) : 0, i });
  });

  for (const events of byCard.values()) {
    // same order as the Python reference: by time, then amount, then row
    events.sort((x, y) => x.t - y.t || x.a - y.a || x.i - y.i);
    const times = events.map((e) => e.t);
    const prefix = [0];
    for (const e of events) prefix.push(prefix[prefix.length - 1] + e.a);
    for (const e of events) {
      const lo = lowerBound(times, e.t - window);
      const hi = lowerBound(times, e.t);
      out[e.i] = [hi - lo, prefix[hi] - prefix[lo]];
    }
  }
  return out;
}
