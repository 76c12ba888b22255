export function group_aggregate(csv_text: string, key: string, value: string): (string | number)[][] {
  const lines = csv_text
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const header = lines[0].split(',').map((h) => h.trim());
  const ki = header.indexOf(key);
  const vi = header.indexOf(value);
  const groups = new Map<string, number[]>();
  for (const line of lines.slice(1)) {
    const fields = line.split(',').map((f) => f.trim());
    const k = fields[ki];
    const v = fields[vi];
    if (k === '' || v === '') continue;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(Number(v));
  }
  const out: [string, number, number, number][] = [];
  for (const [g, vals] of groups) {
    vals.sort((a, b) => a - b);
    const n = vals.length;
    const median = n % 2 === 1 ? vals[(n - 1) / 2] : (vals[n / 2 - 1] + vals[n / 2]) / 2;
    // sum in ascending order, like the Python reference
    let s = 0;
    for (const x of vals) s += x;
    out.push([g, n, s / n, median]);
  }
  out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return out;
}
