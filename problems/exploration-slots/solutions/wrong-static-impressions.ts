export function explore_rankings(ranked: string[], fresh: [string, number][], k: number,
                                 explore_every: number, requests: number): string[][] {
  // Never updates the impression counts, so the same fresh items are explored every time.
  const impressions = new Map<string, number>(fresh.map(([item, n]) => [item, n] as [string, number]));
  const out: string[][] = [];
  for (let q = 0; q < requests; q++) {
    const pool = [...impressions.keys()].sort((a, b) => {
      const d = (impressions.get(a) as number) - (impressions.get(b) as number);
      if (d !== 0) return d;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    const placed = new Set<string>();
    let r = 0;
    let f = 0;
    const nextRanked = (): string | undefined => {
      while (r < ranked.length && placed.has(ranked[r])) r++;
      return ranked[r];
    };
    const nextFresh = (): string | undefined => {
      while (f < pool.length && placed.has(pool[f])) f++;
      return pool[f];
    };
    const page: string[] = [];
    while (page.length < k) {
      const p = page.length + 1;
      let item: string | undefined;
      if (explore_every > 0 && p % explore_every === 0) item = nextFresh() ?? nextRanked();
      else item = nextRanked() ?? nextFresh();
      if (item === undefined) break;
      placed.add(item);
      page.push(item);
    }
    out.push(page);
  }
  return out;
}
