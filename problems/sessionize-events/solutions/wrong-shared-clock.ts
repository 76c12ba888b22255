export function sessionize(csv_text: string, gap: number): number[] {
  // Sorts all events by time but compares each one with the previous event of ANY user.
  const lines = csv_text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const h = lines[0].split(',').map((x) => x.trim());
  const ui = h.indexOf('user_id'), ti = h.indexOf('ts');
  const rows = lines.slice(1).map((l) => l.split(',').map((x) => x.trim()));
  const out = new Array<number>(rows.length).fill(-1);
  const evs: [number, number, string][] = [];
  rows.forEach((r, i) => {
    if (r[ui] && r[ti]) evs.push([Number(r[ti]), i, r[ui]]);
  });
  evs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const count = new Map<string, number>();
  let prev: number | null = null;
  for (const [ts, i, u] of evs) {
    if (!count.has(u)) count.set(u, 0);
    else if (prev !== null && ts - prev > gap) count.set(u, count.get(u)! + 1);
    out[i] = count.get(u)!;
    prev = ts;
  }
  return out;
}
