export function dedup_latest(csv_text: string, key: string, order_by: string): number[] {
  const lines = csv_text
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const ki = header.indexOf(key);
  const ti = header.indexOf(order_by);
  const keep: number[] = [];
  const best = new Map<string, { has: number; t: number; row: number }>();
  lines.slice(1).forEach((line, row) => {
    const fields = line.split(',').map((f) => f.trim());
    const entity = fields[ki].toLowerCase();
    if (entity === '') {
      keep.push(row);
      return;
    }
    const has = fields[ti] !== '' ? 1 : 0;
    const t = has ? Number(fields[ti]) : 0;
    const cur = best.get(entity);
    // a later row wins a tie
    if (!cur || has > cur.has || (has === cur.has && t >= cur.t)) best.set(entity, { has, t, row });
  });
  for (const v of best.values()) keep.push(v.row);
  return keep.sort((a, b) => a - b);
}
