export function profile_csv(csv_text: string): Record<string, { type: string; missing: number; mean?: number }> {
  // Only an empty field counts as missing; NA / null / NaN are treated as data.
  const lines = csv_text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)).filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const cols: string[][] = header.map(() => []);
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    header.forEach((_, j) => cols[j].push(j < f.length ? f[j].trim() : ''));
  }
  const out: Record<string, { type: string; missing: number; mean?: number }> = {};
  header.forEach((name, j) => {
    const present = cols[j].filter((v) => v !== '');
    const missing = cols[j].length - present.length;
    const mean = () => present.reduce((a, v) => a + Number(v), 0) / present.length;
    if (present.length === 0) out[name] = { type: 'empty', missing };
    else if (present.every((v) => /^-?[0-9]+$/.test(v))) out[name] = { type: 'int', missing, mean: mean() };
    else if (present.every((v) => /^-?[0-9]+(\.[0-9]+)?$/.test(v))) out[name] = { type: 'float', missing, mean: mean() };
    else out[name] = { type: 'str', missing };
  });
  return out;
}
