export function js_divergence(p_counts: number[], q_counts: number[], alpha: number): number {
  const k = p_counts.length;
  if (k === 0) return 0;
  const pDen = p_counts.reduce((s, x) => s + x, 0) + k * alpha;
  const qDen = q_counts.reduce((s, x) => s + x, 0) + k * alpha;
  let total = 0;
  for (let i = 0; i < k; i++) {
    const p = (p_counts[i] + alpha) / pDen;
    const q = (q_counts[i] + alpha) / qDen;
    const m = (p + q) / 2;
    if (p > 0) total += 0.5 * p * Math.log2(p / m);
    if (q > 0) total += 0.5 * q * Math.log2(q / m);
  }
  return total;
}
