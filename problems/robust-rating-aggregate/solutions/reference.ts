export function robust_item_scores(ratings: [string, string, number][], trim_pct: number): Record<string, number> {
  // item -> (user -> last rating); Map.set keeps the latest vote.
  const votes = new Map<string, Map<string, number>>();
  for (const [user, item, rating] of ratings) {
    let byUser = votes.get(item);
    if (!byUser) {
      byUser = new Map();
      votes.set(item, byUser);
    }
    byUser.set(user, rating);
  }
  const scores: Record<string, number> = {};
  for (const [item, byUser] of votes) {
    const vals = [...byUser.values()].sort((a, b) => a - b);
    const m = vals.length;
    const t = Math.floor((trim_pct * m) / 100);
    const kept = vals.slice(t, m - t);
    scores[item] = kept.reduce((s, v) => s + v, 0) / kept.length;
  }
  return scores;
}
