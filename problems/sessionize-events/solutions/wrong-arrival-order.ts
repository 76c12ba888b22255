export function sessionize(csv_text: string, gap: number): number[] {
  // Processes events in file (arrival) order, as a naive streaming job would; never sorts by ts.
  const lines = csv_text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const h = lines[0].split(',').map((x) => x.trim());
  const ui = h.indexOf('user_id'), ti = h.indexOf('ts');
  const state = new Map<string, [number, number]>();
  return lines.slice(1).map((line) => {
    const f = line.split(',').map((x) => x.trim());
    if (f[ui] === '' || f[ti] === '') return -1;
    const ts = Number(f[ti]);
    const s = state.get(f[ui]);
    if (!s) state.set(f[ui], [0, ts]);
    else {
      if (Math.abs(ts - s[1]) > gap) s[0] += 1;
      s[1] = ts;
    }
    return state.get(f[ui])![0];
  });
}
