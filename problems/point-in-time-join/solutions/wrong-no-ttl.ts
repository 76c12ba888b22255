type Ev = { t: number; pos: number; v: number };

function table(csv: string): [Map<string, number>, string[][]] {
  const lines = csv.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const h = new Map<string, number>();
  lines[0].split(',').forEach((x, j) => h.set(x.trim(), j));
  return [h, lines.slice(1).map((l) => l.split(',').map((f) => f.trim()))];
}

function eventsOf(features: string): Map<string, Ev[]> {
  const [fh, frows] = table(features);
  const events = new Map<string, Ev[]>();
  frows.forEach((r, pos) => {
    if (r[fh.get('value')!] === '') return;
    const e = r[fh.get('entity_id')!];
    if (!events.has(e)) events.set(e, []);
    events.get(e)!.push({ t: Number(r[fh.get('event_time')!]), pos, v: Number(r[fh.get('value')!]) });
  });
  return events;
}

export function point_in_time_join(labels_csv: string, features_csv: string, ttl: number, default_value: number): number[] {
  // Strictly before the label, but ignores the TTL: arbitrarily stale values are used.
  const events = eventsOf(features_csv);
  const [lh, lrows] = table(labels_csv);
  return lrows.map((r) => {
    const e = r[lh.get('entity_id')!];
    const t = Number(r[lh.get('label_time')!]);
    let best: Ev | null = null;
    if (e !== '') for (const ev of events.get(e) ?? []) {
      if (ev.t < t && (!best || ev.t > best.t || (ev.t === best.t && ev.pos > best.pos))) best = ev;
    }
    return best ? best.v : default_value;
  });
}
