export function dedup_latest(csv_text: string, key: string, order_by: string): number[] {
  // Uses a strict comparison, so on a tie the earlier row is kept.
  const lines = csv_text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const ki = header.indexOf(key), ti = header.indexOf(order_by);
  const keep: number[] = [];
  const best = new Map<string, [number, number, number]>();
  lines.slice(1).forEach((line, row) => {
    const f = line.split(',').map((x) => x.trim());
    const e = f[ki].toLowerCase();
    const has = f[ti] !== '' ? 1 : 0, t = has ? Number(f[ti]) : 0;
    const b = best.get(e);
    if (e === '') keep.push(row);
    else if (!b || has > b[0] || (has === b[0] && t > b[1])) best.set(e, [has, t, row]);
  });
  for (const [, , r] of best.values()) keep.push(r);
  return keep.sort((a, b) => a - b);
}
