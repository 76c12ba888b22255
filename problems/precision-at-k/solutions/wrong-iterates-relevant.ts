export function precision_at_k(ranked: number[], relevant: number[], k: number): number {
  // Counts, for every entry of `relevant`, whether it appears in the top k.
  // A relevant id listed twice is counted twice.
  const top = new Set<number>(ranked.slice(0, k));
  let hits = 0;
  for (const item of relevant) if (top.has(item)) hits++;
  return hits / k;
}
