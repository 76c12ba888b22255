'use strict';
// Imbalanced scored examples: exact positive counts shuffled over the rows, scores = sigmoid of a
// normal per class (positives higher, with overlap), rounded so equal scores occur.
// rare_positives_2000: 2000 rows, 38 positives, 3-decimal scores (many ties), floor 0.5 — the
//   accuracy-maximising threshold flags only the top few and misses most positives.
// rare_positives_70000: 70,000 rows, 707 positives (1 %), 6-decimal scores (~60,000 distinct),
//   floor 0.375 — recounting per distinct score is O(n * d), far over the time limit.
function scored(g, n, positives, posMean, digits) {
  const labels = [];
  for (let i = 0; i < n; i++) labels.push(i < positives ? 1 : 0);
  g.shuffle(labels);
  const scores = labels.map((y) => {
    const z = y === 1 ? g.normal(posMean, 0.7) : g.normal(-1.75, 0.75);
    return g.round(1 / (1 + Math.exp(-z)), digits);
  });
  return [labels, scores];
}
module.exports = {
  rare_positives_2000(g) {
    return [...scored(g, 2000, 38, -0.3, 3), 0.5];
  },
  rare_positives_70000(g) {
    return [...scored(g, 70000, 707, 0.0, 6), 0.375];
  },
};
