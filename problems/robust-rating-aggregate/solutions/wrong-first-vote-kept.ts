export function robust_item_scores(ratings: [string, string, number][], trim_pct: number): Record<string, number> {
  // One vote per user, but keeps the user's FIRST rating instead of the last one.
  const votes = new Map<string, Map<string, number>>();
  for (const [user, item, rating] of ratings) {
    if (!votes.has(item)) votes.set(item, new Map());
    const byUser = votes.get(item) as Map<string, number>;
    if (!byUser.has(user)) byUser.set(user, rating);
  }
  const out: Record<string, number> = {};
  for (const [item, byUser] of votes) {
    const vals = [...byUser.values()].sort((a, b) => a - b);
    const m = vals.length;
    const t = Math.floor((trim_pct * m) / 100);
    const kept = vals.slice(t, m - t);
    out[item] = kept.reduce((s, v) => s + v, 0) / kept.length;
  }
  return out;
}
