export function explore_rankings(ranked: string[], fresh: [string, number][], k: number,
                                 explore_every: number, requests: number): string[][] {
  // Pure exploitation: every request gets the model's top k, so fresh items are never shown.
  const out: string[][] = [];
  for (let q = 0; q < requests; q++) out.push(ranked.slice(0, k));
  return out;
}
