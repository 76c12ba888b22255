const MISSING = new Set(['', 'na', 'n/a', 'null', 'nan']);

export function profile_csv(csv_text: string): Record<string, { type: string; missing: number; mean?: number }> {
  // Divides by the number of rows, i.e. treats every missing value as 0 in the mean.
  const lines = csv_text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)).filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const cols: string[][] = header.map(() => []);
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    header.forEach((_, j) => cols[j].push(j < f.length ? f[j].trim() : ''));
  }
  const out: Record<string, { type: string; missing: number; mean?: number }> = {};
  header.forEach((name, j) => {
    const present = cols[j].filter((v) => !MISSING.has(v.toLowerCase()));
    const missing = cols[j].length - present.length;
    if (present.length === 0) out[name] = { type: 'empty', missing };
    else if (present.every((v) => /^-?[0-9]+(\.[0-9]+)?$/.test(v))) {
      const type = present.every((v) => /^-?[0-9]+$/.test(v)) ? 'int' : 'float';
      out[name] = { type, missing, mean: present.reduce((a, v) => a + Number(v), 0) / cols[j].length };
    } else out[name] = { type: 'str', missing };
  });
  return out;
}
