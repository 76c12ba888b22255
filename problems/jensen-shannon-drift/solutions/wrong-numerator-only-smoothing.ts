export function js_divergence(p_counts: number[], q_counts: number[], alpha: number): number {
  if (p_counts.length === 0) return 0;
  const nP = p_counts.reduce((s, x) => s + x, 0);
  const nQ = q_counts.reduce((s, x) => s + x, 0);
  let total = 0;
  for (let i = 0; i < p_counts.length; i++) {
    const p = nP ? (p_counts[i] + alpha) / nP : alpha;
    const q = nQ ? (q_counts[i] + alpha) / nQ : alpha;
    const m = (p + q) / 2;
    if (p > 0) total += 0.5 * p * Math.log(p / m);
    if (q > 0) total += 0.5 * q * Math.log(q / m);
  }
  return total;
}
