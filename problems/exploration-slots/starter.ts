/**
 * Lists for `requests` requests; every explore_every-th position (1-based) goes to the
 * unplaced fresh item with the fewest impressions; impressions update after each request.
 */
export function explore_rankings(ranked: string[], fresh: [string, number][], k: number,
                                 explore_every: number, requests: number): string[][] {
  throw new Error('not implemented');
}
