type Entry = { mean_shift: number; missing_delta: number; drifted: boolean };

function cols(csv: string): [string[], Map<string, string[]>] {
  const lines = csv.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '');
  const h = lines[0].split(',').map((x) => x.trim());
  const rows = lines.slice(1).map((l) => l.split(',').map((f) => f.trim()));
  const m = new Map<string, string[]>();
  h.forEach((n, j) => m.set(n, rows.map((r) => r[j])));
  return [h, m];
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

export function drift_report(reference_csv: string, current_csv: string, mean_threshold: number, missing_threshold: number):
  Record<string, Entry> {
  // Fills missing values with 0 before computing mean and std (Number('') === 0).
  const [, ref] = cols(reference_csv);
  const [, cur] = cols(current_csv);
  const out: Record<string, Entry> = {};
  for (const [n, rr] of ref) {
    const cr = cur.get(n)!;
    const rv = rr.map(Number), cv = cr.map(Number);
    const delta = cr.filter((v) => v === '').length / cr.length - rr.filter((v) => v === '').length / rr.length;
    const m = mean(rv);
    const sd = Math.sqrt(rv.reduce((a, v) => a + (v - m) ** 2, 0) / rv.length);
    const shift = Math.abs(mean(cv) - m) / (sd > 1e-9 ? sd : 1);
    out[n] = { mean_shift: shift, missing_delta: delta, drifted: shift > mean_threshold || Math.abs(delta) > missing_threshold };
  }
  return out;
}
