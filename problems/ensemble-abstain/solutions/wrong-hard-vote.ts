export function ensemble_predict(member_probs: number[][][], max_entropy: number): number[] {
  const M = member_probs.length;
  return member_probs[0].map((_, i) => {
    const C = member_probs[0][i].length;
    const avg = Array.from({ length: C }, (_, c) => member_probs.reduce((acc, mp) => acc + mp[i][c], 0) / M);
    let entropy = 0;
    for (const p of avg) if (p > 0) entropy -= p * Math.log(p);
    if (entropy > max_entropy) return -1;
    const votes = new Array<number>(C).fill(0);
    for (const mp of member_probs) votes[mp[i].indexOf(Math.max(...mp[i]))]++;
    return votes.indexOf(Math.max(...votes));
  });
}
