type Hyp = { seq: number[]; score: number };

function lexCompare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

export function beam_search(start: number[], trans: number[][], end: number, beam: number, max_len: number, alpha: number): number[] {
  const V = start.length;
  let cands: Hyp[] = start.map((s, t) => ({ seq: [t], score: s }));
  const finished: Hyp[] = [];
  for (;;) {
    cands.sort((x, y) => (x.score !== y.score ? y.score - x.score : lexCompare(x.seq, y.seq)));
    const alive: Hyp[] = [];
    for (const h of cands.slice(0, beam)) {
      if (h.seq[h.seq.length - 1] === end || h.seq.length === max_len) finished.push(h);
      else alive.push(h);
    }
    if (alive.length === 0) break;
    cands = [];
    for (const h of alive) for (let t = 0; t < V; t++) cands.push({ seq: [...h.seq, t], score: h.score + trans[h.seq[h.seq.length - 1]][t] });
  }
  const norm = (h: Hyp): number => h.score;
  let best = finished[0];
  for (const h of finished.slice(1)) {
    const a = norm(h);
    const b = norm(best);
    if (a > b || (a === b && (h.seq.length < best.seq.length || (h.seq.length === best.seq.length && lexCompare(h.seq, best.seq) < 0)))) best = h;
  }
  return best.seq;
}
