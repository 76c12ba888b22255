export function ensemble_predict(member_probs: number[][][], max_entropy: number): number[] {
  const M = member_probs.length;
  const n = member_probs[0].length;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const C = member_probs[0][i].length;
    const avg = new Array<number>(C).fill(0);
    for (let m = 0; m < M; m++) for (let c = 0; c < C; c++) avg[c] += member_probs[m][i][c];
    for (let c = 0; c < C; c++) avg[c] /= M;
    let entropy = 0;
    for (const p of avg) if (p > 0) entropy -= p * Math.log(p);
    if (entropy > max_entropy) {
      out.push(-1);
      continue;
    }
    let best = 0;
    for (let c = 1; c < C; c++) if (avg[c] > avg[best]) best = c;
    out.push(best);
  }
  return out;
}
