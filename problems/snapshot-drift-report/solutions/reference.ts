function columns(csvText: string): Map<string, string[]> {
  const lines = csvText
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const rows = lines.slice(1).map((l) => l.split(',').map((f) => f.trim()));
  const cols = new Map<string, string[]>();
  header.forEach((name, j) => cols.set(name, rows.map((r) => r[j])));
  return cols;
}

export function drift_report(reference_csv: string, current_csv: string, mean_threshold: number, missing_threshold: number):
  Record<string, { mean_shift: number; missing_delta: number; drifted: boolean }> {
  const ref = columns(reference_csv);
  const cur = columns(current_csv);
  const report: Record<string, { mean_shift: number; missing_delta: number; drifted: boolean }> = {};
  for (const [name, refRaw] of ref) {
    const curRaw = cur.get(name)!;
    const refVals = refRaw.filter((v) => v !== '').map(Number);
    const curVals = curRaw.filter((v) => v !== '').map(Number);
    const shareRef = (refRaw.length - refVals.length) / refRaw.length;
    const shareCur = (curRaw.length - curVals.length) / curRaw.length;
    const missingDelta = shareCur - shareRef;
    let meanShift = 0;
    if (refVals.length > 0 && curVals.length > 0) {
      let s = 0;
      for (const v of refVals) s += v;
      const meanRef = s / refVals.length;
      let c = 0;
      for (const v of curVals) c += v;
      const meanCur = c / curVals.length;
      let ss = 0;
      for (const v of refVals) ss += (v - meanRef) ** 2;
      const stdRef = Math.sqrt(ss / refVals.length);
      meanShift = Math.abs(meanCur - meanRef) / (stdRef > 1e-9 ? stdRef : 1);
    }
    report[name] = {
      mean_shift: meanShift,
      missing_delta: missingDelta,
      drifted: meanShift > mean_threshold || Math.abs(missingDelta) > missing_threshold,
    };
  }
  return report;
}
