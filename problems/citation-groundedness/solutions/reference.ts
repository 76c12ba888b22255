export function citation_metrics(
  claim_citations: number[][],
  supports: number[][],
): { grounded_rate: number; citation_precision: number; unsupported: number[] } {
  const supported = new Set<string>();
  for (const [c, s] of supports) supported.add(`${c}:${s}`);
  let grounded = 0;
  let nCitations = 0;
  let goodCitations = 0;
  const unsupported: number[] = [];
  claim_citations.forEach((cited, i) => {
    let ok = false;
    for (const s of cited) {
      nCitations++;
      if (supported.has(`${i}:${s}`)) {
        goodCitations++;
        ok = true;
      }
    }
    if (ok) grounded++;
    else unsupported.push(i); // includes claims that cite nothing
  });
  const nClaims = claim_citations.length;
  return {
    grounded_rate: nClaims > 0 ? grounded / nClaims : 1,
    citation_precision: nCitations > 0 ? goodCitations / nCitations : 1,
    unsupported,
  };
}
