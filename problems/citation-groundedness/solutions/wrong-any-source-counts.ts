export function citation_metrics(claim_citations: number[][], supports: number[][]) {
  // Treats a claim as grounded when ANY source supports it, even one the
  // claim does not cite, so misattributed citations go unnoticed.
  const supportedClaims = new Set<number>(supports.map(([c]) => c));
  const supported = new Set<string>(supports.map(([c, s]) => `${c}:${s}`));
  const n = claim_citations.length;
  const unsupported: number[] = [];
  for (let i = 0; i < n; i++) if (!supportedClaims.has(i)) unsupported.push(i);
  let nCitations = 0;
  let good = 0;
  claim_citations.forEach((cited, i) => {
    for (const s of cited) {
      nCitations++;
      if (supported.has(`${i}:${s}`)) good++;
    }
  });
  return {
    grounded_rate: n > 0 ? (n - unsupported.length) / n : 1,
    citation_precision: nCitations > 0 ? good / nCitations : 1,
    unsupported,
  };
}
