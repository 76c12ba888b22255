const MISSING = new Set(['', 'na', 'n/a', 'null', 'nan']);
const INT_RE = /^-?[0-9]+$/;
const FLOAT_RE = /^-?[0-9]+(\.[0-9]+)?$/;

export function profile_csv(csv_text: string): Record<string, { type: string; missing: number; mean?: number }> {
  const lines = csv_text
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l.trim() !== '');
  const result: Record<string, { type: string; missing: number; mean?: number }> = {};
  if (lines.length === 0) return result;
  const header = lines[0].split(',').map((h) => h.trim());
  const columns: string[][] = header.map(() => []);
  for (const line of lines.slice(1)) {
    const fields = line.split(',');
    for (let j = 0; j < header.length; j++) columns[j].push(j < fields.length ? fields[j].trim() : '');
  }
  header.forEach((name, j) => {
    const present = columns[j].filter((v) => !MISSING.has(v.toLowerCase()));
    const missing = columns[j].length - present.length;
    if (present.length === 0) {
      result[name] = { type: 'empty', missing };
    } else if (present.every((v) => INT_RE.test(v)) || present.every((v) => FLOAT_RE.test(v))) {
      const type = present.every((v) => INT_RE.test(v)) ? 'int' : 'float';
      let sum = 0;
      for (const v of present) sum += Number(v);
      result[name] = { type, missing, mean: sum / present.length };
    } else {
      result[name] = { type: 'str', missing };
    }
  });
  return result;
}
