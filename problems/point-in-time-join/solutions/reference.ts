function table(csvText: string): [Map<string, number>, string[][]] {
  const lines = csvText
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l.trim() !== '');
  const header = new Map<string, number>();
  lines[0].split(',').forEach((h, j) => header.set(h.trim(), j));
  return [header, lines.slice(1).map((l) => l.split(',').map((f) => f.trim()))];
}

export function point_in_time_join(labels_csv: string, features_csv: string, ttl: number, default_value: number): number[] {
  const [fh, frows] = table(features_csv);
  const fe = fh.get('entity_id')!;
  const ft = fh.get('event_time')!;
  const fv = fh.get('value')!;
  // per entity: events sorted by (time, file position); the last of equal times wins
  const events = new Map<string, { t: number; pos: number; v: number }[]>();
  frows.forEach((r, pos) => {
    if (r[fv] === '') return;
    if (!events.has(r[fe])) events.set(r[fe], []);
    events.get(r[fe])!.push({ t: Number(r[ft]), pos, v: Number(r[fv]) });
  });
  for (const evs of events.values()) evs.sort((a, b) => a.t - b.t || a.pos - b.pos);

  const [lh, lrows] = table(labels_csv);
  const le = lh.get('entity_id')!;
  const lt = lh.get('label_time')!;
  return lrows.map((r) => {
    const evs = events.get(r[le]);
    const t = Number(r[lt]);
    if (r[le] === '' || r[lt] === '' || evs === undefined) return default_value;
    // binary search: first index with time >= t
    let lo = 0;
    let hi = evs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (evs[mid].t < t) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    return k >= 0 && evs[k].t >= t - ttl ? evs[k].v : default_value;
  });
}
