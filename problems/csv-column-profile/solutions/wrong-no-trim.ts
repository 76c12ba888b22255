const MISSING = new Set(['', 'na', 'n/a', 'null', 'nan']);

export function profile_csv(csv_text: string): Record<string, { type: string; missing: number; mean?: number }> {
  // Never trims fields and keeps the \r of Windows line endings.
  const lines = csv_text.split('\n').filter((l) => l.trim() !== '');
  const header = lines[0].split(',');
  const cols: string[][] = header.map(() => []);
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    header.forEach((_, j) => cols[j].push(j < f.length ? f[j] : ''));
  }
  const out: Record<string, { type: string; missing: number; mean?: number }> = {};
  header.forEach((name, j) => {
    const present = cols[j].filter((v) => !MISSING.has(v.toLowerCase()));
    const missing = cols[j].length - present.length;
    const mean = () => present.reduce((a, v) => a + Number(v), 0) / present.length;
    if (present.length === 0) out[name] = { type: 'empty', missing };
    else if (present.every((v) => /^-?[0-9]+$/.test(v))) out[name] = { type: 'int', missing, mean: mean() };
    else if (present.every((v) => /^-?[0-9]+(\.[0-9]+)?$/.test(v))) out[name] = { type: 'float', missing, mean: mean() };
    else out[name] = { type: 'str', missing };
  });
  return out;
}
