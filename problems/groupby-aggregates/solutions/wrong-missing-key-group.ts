export function group_aggregate(csv_text: string, key: string, value: string): (string | number)[][] {
  // Only checks the value; rows with an empty key form a group named "".
  const lines = csv_text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const ki = header.indexOf(key), vi = header.indexOf(value);
  const groups = new Map<string, number[]>();
  for (const line of lines.slice(1)) {
    const f = line.split(',').map((x) => x.trim());
    if (f[vi] === '') continue;
    if (!groups.has(f[ki])) groups.set(f[ki], []);
    groups.get(f[ki])!.push(Number(f[vi]));
  }
  const out: [string, number, number, number][] = [];
  for (const [g, vals] of groups) {
    vals.sort((a, b) => a - b);
    const n = vals.length;
    const med = n % 2 ? vals[(n - 1) / 2] : (vals[n / 2 - 1] + vals[n / 2]) / 2;
    out.push([g, n, vals.reduce((a, b) => a + b, 0) / n, med]);
  }
  out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return out;
}
