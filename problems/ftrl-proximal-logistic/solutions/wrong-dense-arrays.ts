export function ftrl_predictions(examples: [number[], number[], number][], alpha: number, beta: number, l1: number, l2: number): number[] {
  // Dense state: one slot per possible feature index.
  let dim = 1;
  for (const [idx] of examples) for (const i of idx) dim = Math.max(dim, i + 1);
  const z = new Array<number>(dim).fill(0);
  const n = new Array<number>(dim).fill(0);
  const out: number[] = [];
  for (const [idx, vals, y] of examples) {
    const w: number[] = [];
    let logit = 0;
    for (let k = 0; k < idx.length; k++) {
      const zi = z[idx[k]];
      let wi = 0;
      if (Math.abs(zi) > l1) {
        const sign = zi > 0 ? 1 : -1;
        wi = -(zi - sign * l1) / ((beta + Math.sqrt(n[idx[k]])) / alpha + l2);
      }
      w.push(wi);
      logit += wi * vals[k];
    }
    logit = Math.max(-35, Math.min(35, logit));
    const p = 1 / (1 + Math.exp(-logit));
    out.push(p);
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k];
      const g = (p - y) * vals[k];
      const sigma = (Math.sqrt(n[i] + g * g) - Math.sqrt(n[i])) / alpha;
      z[i] += g - sigma * w[k];
      n[i] += g * g;
    }
  }
  return out;
}
