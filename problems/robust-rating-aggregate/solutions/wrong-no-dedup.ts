export function robust_item_scores(ratings: [string, string, number][], trim_pct: number): Record<string, number> {
  // Trims correctly, but counts every rating, so repeated votes from one account stay in.
  const votes = new Map<string, number[]>();
  for (const [, item, rating] of ratings) {
    if (!votes.has(item)) votes.set(item, []);
    (votes.get(item) as number[]).push(rating);
  }
  const out: Record<string, number> = {};
  for (const [item, vals] of votes) {
    vals.sort((a, b) => a - b);
    const m = vals.length;
    const t = Math.floor((trim_pct * m) / 100);
    const kept = vals.slice(t, m - t);
    out[item] = kept.reduce((s, v) => s + v, 0) / kept.length;
  }
  return out;
}
