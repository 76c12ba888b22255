export function ensemble_predict(member_probs: number[][][], max_entropy: number): number[] {
  const M = member_probs.length;
  return member_probs[0].map((_, i) => {
    const C = member_probs[0][i].length;
    const avg = Array.from({ length: C }, (_, c) => member_probs.reduce((acc, mp) => acc + mp[i][c], 0) / M);
    let memberEntropy = 0;
    for (const mp of member_probs) {
      for (const p of mp[i]) if (p > 0) memberEntropy -= p * Math.log(p);
    }
    memberEntropy /= M;
    if (memberEntropy > max_entropy) return -1;
    return avg.indexOf(Math.max(...avg));
  });
}
