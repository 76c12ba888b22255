export function top_k(scores: number[], k: number): number[] {
  // Keeps the k best in an array sorted worst-first and replaces the worst when the new score
  // is >= it, so a later index evicts an earlier one with the same score.
  if (k <= 0) return [];
  const kept: number[] = [];
  const byScoreAsc = (a: number, b: number) => scores[a] - scores[b] || a - b;
  for (let i = 0; i < scores.length; i++) {
    if (kept.length < k) {
      kept.push(i);
      if (kept.length === k) kept.sort(byScoreAsc);
    } else if (scores[i] >= scores[kept[0]]) {
      kept[0] = i;
      // re-insert the new item at its place (insertion step)
      let p = 0;
      while (p + 1 < kept.length && byScoreAsc(kept[p], kept[p + 1]) > 0) {
        [kept[p], kept[p + 1]] = [kept[p + 1], kept[p]];
        p++;
      }
    }
  }
  return kept.sort((a, b) => scores[b] - scores[a] || a - b);
}
