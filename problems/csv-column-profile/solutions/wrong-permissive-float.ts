const MISSING = new Set(['', 'na', 'n/a', 'null', 'nan']);

export function profile_csv(csv_text: string): Record<string, { type: string; missing: number; mean?: number }> {
  const lines = csv_text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
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
    // Number() accepts 1e3, 7E2, +5, .5, 0x1A ...
    const nums = present.map((v) => Number(v));
    if (present.length === 0) out[name] = { type: 'empty', missing };
    else if (nums.some((x) => Number.isNaN(x))) out[name] = { type: 'str', missing };
    else {
      const type = nums.every((x) => Number.isInteger(x)) ? 'int' : 'float';
      out[name] = { type, missing, mean: nums.reduce((a, b) => a + b, 0) / nums.length };
    }
  });
  return out;
}
