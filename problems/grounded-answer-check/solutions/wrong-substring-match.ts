const STOP = new Set('a an and are as at be by for from in is it of on or that the to was were with'.split(' '));

export function grounding_check(
  claims: string[],
  passages: string[],
  scores: number[],
  min_score: number,
  min_overlap: number,
): { answer: boolean; unsupported: number[] } {
  const usable = passages.filter((_, j) => scores[j] >= min_score).map((p) => p.toLowerCase());
  const unsupported: number[] = [];
  claims.forEach((claim, i) => {
    const content = [...new Set((claim.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((t) => !STOP.has(t)))];
    if (content.length === 0) return;
    let best = 0;
    for (const text of usable) {
      const hit = content.filter((t) => text.includes(t)).length;
      best = Math.max(best, hit / content.length);
    }
    if (best < min_overlap) unsupported.push(i);
  });
  return { answer: usable.length > 0 && unsupported.length === 0, unsupported };
}
