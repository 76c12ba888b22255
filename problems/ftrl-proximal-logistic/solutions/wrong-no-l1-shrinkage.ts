export function ftrl_predictions(examples: [number[], number[], number][], alpha: number, beta: number, l1: number, l2: number): number[] {
  const z = new Map<number, number>();
  const n = new Map<number, number>();
  const out: number[] = [];
  for (const [idx, vals, y] of examples) {
    const w: number[] = [];
    let logit = 0;
    for (let k = 0; k < idx.length; k++) {
      const zi = z.get(idx[k]) ?? 0;
      const wi = -zi / ((beta + Math.sqrt(n.get(idx[k]) ?? 0)) / alpha + l2);
      w.push(wi);
      logit += wi * vals[k];
    }
    logit = Math.max(-35, Math.min(35, logit));
    const p = 1 / (1 + Math.exp(-logit));
    out.push(p);
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k];
      const g = (p - y) * vals[k];
      const ni = n.get(i) ?? 0;
      const sigma = (Math.sqrt(ni + g * g) - Math.sqrt(ni)) / alpha;
      z.set(i, (z.get(i) ?? 0) + g - sigma * w[k]);
      n.set(i, ni + g * g);
    }
  }
  return out;
}
