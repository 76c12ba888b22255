export function citation_metrics(claim_citations: number[][], supports: number[][]) {
  // Only looks at claims that carry a citation: a claim with no citation at
  // all (the typical hallucination) is skipped instead of counted as unsupported.
  const supported = new Set<string>(supports.map(([c, s]) => `${c}:${s}`));
  let citedClaims = 0;
  let grounded = 0;
  let nCitations = 0;
  let good = 0;
  const unsupported: number[] = [];
  claim_citations.forEach((cited, i) => {
    if (cited.length === 0) return;
    citedClaims++;
    const hits = cited.filter((s) => supported.has(`${i}:${s}`)).length;
    nCitations += cited.length;
    good += hits;
    if (hits > 0) grounded++;
    else unsupported.push(i);
  });
  return {
    grounded_rate: citedClaims > 0 ? grounded / citedClaims : 1,
    citation_precision: nCitations > 0 ? good / nCitations : 1,
    unsupported,
  };
}
