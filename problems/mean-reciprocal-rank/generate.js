'use strict';
// queries_3000_k10: 3000 queries, k = 10. Rankings of 0-30 distinct item ids (0..9999, some
//   empty); 0-3 relevant ids per query, each either placed in the ranking (top-heavy positions,
//   often beyond k) or an id the ranking never returns (10000..19999). Many queries miss and many
//   have several hits, so skipping misses, taking the last hit or ignoring k all change the mean.
function distinctIds(g, count, lo, hi) {
  const seen = new Set();
  const out = [];
  while (out.length < count) {
    const id = g.int(lo, hi);
    if (!seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  return out;
}
module.exports = {
  queries_3000_k10(g) {
    const rankings = [];
    const relevant = [];
    for (let q = 0; q < 3000; q++) {
      const ranked = distinctIds(g, g.bernoulli(0.03) ? 0 : g.int(1, 30), 0, 9999);
      const nRel = g.weighted([0, 1, 2, 3], [20, 43, 20, 17]);
      const rel = [];
      for (let j = 0; j < nRel; j++) {
        if (ranked.length > 0 && g.bernoulli(0.75)) {
          // top-heavy position: minimum of two uniform draws
          const pos = Math.min(g.int(0, ranked.length - 1), g.int(0, ranked.length - 1));
          if (!rel.includes(ranked[pos])) rel.push(ranked[pos]);
        } else {
          rel.push(g.int(10000, 19999));
        }
      }
      rankings.push(ranked);
      relevant.push(g.shuffle(rel));
    }
    return [rankings, relevant, 10];
  },
};
