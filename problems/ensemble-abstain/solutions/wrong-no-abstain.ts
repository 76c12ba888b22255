export function ensemble_predict(member_probs: number[][][], max_entropy: number): number[] {
  const M = member_probs.length;
  return member_probs[0].map((_, i) => {
    const C = member_probs[0][i].length;
    const avg = Array.from({ length: C }, (_, c) => member_probs.reduce((acc, mp) => acc + mp[i][c], 0) / M);
    return avg.indexOf(Math.max(...avg));
  });
}
