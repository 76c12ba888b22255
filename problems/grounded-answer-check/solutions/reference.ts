const STOPWORDS = new Set(
  'a an and are as at be by for from in is it of on or that the to was were with'.split(' '),
);

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export function grounding_check(
  claims: string[],
  passages: string[],
  scores: number[],
  min_score: number,
  min_overlap: number,
): { answer: boolean; unsupported: number[] } {
  const usable: Set<string>[] = [];
  passages.forEach((p, j) => {
    if (scores[j] >= min_score) usable.push(new Set(tokens(p)));
  });
  const unsupported: number[] = [];
  claims.forEach((claim, i) => {
    const content = new Set(tokens(claim).filter((t) => !STOPWORDS.has(t)));
    if (content.size === 0) return;
    let best = 0;
    for (const p of usable) {
      let hit = 0;
      for (const t of content) if (p.has(t)) hit++;
      best = Math.max(best, hit / content.size);
    }
    if (!(best >= min_overlap)) unsupported.push(i);
  });
  return { answer: usable.length > 0 && unsupported.length === 0, unsupported };
}
