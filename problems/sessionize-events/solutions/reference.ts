export function sessionize(csv_text: string, gap: number): number[] {
  const lines = csv_text
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const ui = header.indexOf('user_id');
  const ti = header.indexOf('ts');
  const rows = lines.slice(1).map((l) => l.split(',').map((f) => f.trim()));
  const result = new Array<number>(rows.length).fill(-1);
  const byUser = new Map<string, [number, number][]>();
  rows.forEach((r, i) => {
    if (r[ui] === '' || r[ti] === '') return;
    if (!byUser.has(r[ui])) byUser.set(r[ui], []);
    byUser.get(r[ui])!.push([Number(r[ti]), i]);
  });
  for (const events of byUser.values()) {
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let session = 0;
    let prev = events[0][0];
    for (const [ts, i] of events) {
      if (ts - prev > gap) session += 1;
      result[i] = session;
      prev = ts;
    }
  }
  return result;
}
