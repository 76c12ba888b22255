export function precision_at_k(ranked: number[], relevant: number[], k: number): number {
  // Correct counts, but relevant.includes scans the array every time:
  // O(k * |relevant|), too slow for large judgment lists.
  let hits = 0;
  for (const item of ranked.slice(0, k)) {
    if (relevant.includes(item)) hits++;
  }
  return hits / k;
}
