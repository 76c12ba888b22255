/** Per item: last vote per user, then a trimmed mean dropping floor(trim_pct * m / 100) votes at each end. */
export function robust_item_scores(ratings: [string, string, number][], trim_pct: number): Record<string, number> {
  throw new Error('not implemented');
}
