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
  // Divides by the sample standard deviation (n - 1) instead of the population one.
  const [, ref] = cols(reference_csv);
  const [, cur] = cols(current_csv);
  const out: Record<string, Entry> = {};
  for (const [n, rr] of ref) {
    const cr = cur.get(n)!;
    const rv = rr.filter((v) => v !== '').map(Number), cv = cr.filter((v) => v !== '').map(Number);
    const delta = (cr.length - cv.length) / cr.length - (rr.length - rv.length) / rr.length;
    let shift = 0;
    if (rv.length && cv.length) {
      const m = mean(rv);
      const sd = rv.length > 1 ? Math.sqrt(rv.reduce((a, v) => a + (v - m) ** 2, 0) / (rv.length - 1)) : 0;
      shift = Math.abs(mean(cv) - m) / (sd > 1e-9 ? sd : 1);
    }
    out[n] = { mean_shift: shift, missing_delta: delta, drifted: shift > mean_threshold || Math.abs(delta) > missing_threshold };
  }
  return out;
}
