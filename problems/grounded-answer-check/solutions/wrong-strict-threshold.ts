const STOP = new Set('a an and are as at be by for from in is it of on or that the to was were with'.split(' '));

export function grounding_check(
  claims: string[],
  passages: string[],
  scores: number[],
  min_score: number,
  min_overlap: number,
): { answer: boolean; unsupported: number[] } {
  const usable: Set<string>[] = [];
  passages.forEach((p, j) => {
    if (scores[j] >= min_score) usable.push(new Set(p.toLowerCase().match(/[a-z0-9]+/g) ?? []));
  });
  const unsupported: number[] = [];
  claims.forEach((claim, i) => {
    const content = new Set((claim.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((t) => !STOP.has(t)));
    if (content.size === 0) return;
    let best = 0;
    for (const p of usable) {
      let hit = 0;
      for (const t of content) if (p.has(t)) hit++;
      best = Math.max(best, hit / content.size);
    }
    if (!(best > min_overlap)) unsupported.push(i);
  });
  return { answer: usable.length > 0 && unsupported.length === 0, unsupported };
}
