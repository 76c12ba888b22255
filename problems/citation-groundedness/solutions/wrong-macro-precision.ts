export function citation_metrics(claim_citations: number[][], supports: number[][]) {
  // Averages a per-claim precision over cited claims instead of pooling all
  // citations, so a claim with one citation weighs as much as one with five.
  const supported = new Set<string>(supports.map(([c, s]) => `${c}:${s}`));
  let grounded = 0;
  const perClaim: number[] = [];
  const unsupported: number[] = [];
  claim_citations.forEach((cited, i) => {
    const hits = cited.filter((s) => supported.has(`${i}:${s}`)).length;
    if (cited.length > 0) perClaim.push(hits / cited.length);
    if (hits > 0) grounded++;
    else unsupported.push(i);
  });
  const n = claim_citations.length;
  return {
    grounded_rate: n > 0 ? grounded / n : 1,
    citation_precision: perClaim.length > 0 ? perClaim.reduce((a, b) => a + b, 0) / perClaim.length : 1,
    unsupported,
  };
}
