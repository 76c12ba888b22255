export function sample_tokens(logits: number[], history: number[], steps: number, temperature: number, top_p: number, penalty: number, uniforms: number[]): number[] {
  const V = logits.length;
  const used = new Set(history);
  const out: number[] = [];
  for (let s = 0; s < steps; s++) {
    const z = logits.map((l, t) => (used.has(t) ? (l > 0 ? l / penalty : l * penalty) : l) / temperature);
    let m = -Infinity;
    for (const x of z) if (x > m) m = x;
    const e = z.map((x) => Math.exp(x - m));
    let total = 0;
    for (const x of e) total += x;
    const p = e.map((x) => x / total);
    const order = Array.from({ length: V }, (_, t) => t).sort((a, b) => (p[a] !== p[b] ? p[b] - p[a] : a - b));
    const kept: number[] = [];
    let cum = 0;
    for (const t of order) {
      kept.push(t);
      cum += p[t];
      if (cum >= top_p) break;
    }
    let mass = 0;
    for (const t of kept) mass += p[t];
    let run = 0;
    let pick = kept[kept.length - 1];
    for (const t of kept) {
      run += p[t] / mass;
      if (run > uniforms[s]) {
        pick = t;
        break;
      }
    }
    out.push(pick);
    used.add(pick);
  }
  return out;
}
