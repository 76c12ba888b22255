'use strict';
// ranked_15000_judged_20000: 15,000 ranked ids and 20,000 judged ids (grades 0..3, ~10,000 of
//   them retrieved, ~10,000 judged items never retrieved, ~5,000 retrieved items unjudged),
//   k = 1000; the ranking is only mildly better than random, so the ideal built from all judgments
//   (cut at k, with 2^g - 1 gains) differs clearly from the wrong variants.
module.exports = {
  ranked_15000_judged_20000(g) {
    const seen = new Set();
    const ids = [];
    while (ids.length < 25000) {
      const id = g.int(1, 999999);
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    }
    const judgments = ids.slice(0, 20000).map((id) => [id, g.weighted([0, 1, 2, 3], [43, 28, 14, 15])]);
    const retrievedJudged = g.sample(judgments, 10000);
    const scored = retrievedJudged.map(([id, grade]) => [id, 0.4 * grade + g.normal()]);
    for (const id of ids.slice(20000)) scored.push([id, g.normal()]);
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return [scored.map((s) => s[0]), g.shuffle(judgments), 1000];
  },
};
