'use strict';
// Scored binary examples with coarse (rounded) scores, so tie groups mix both classes and a
// solution that breaks ties by input order or counts ties as 0 is off.
// two_decimal_2000: 2000 rows, 574 positives, normal scores clamped to [0, 1] and rounded to
//   2 decimals (~95 distinct values, tie groups of ~60).
// three_decimal_80000: 80,000 rows (~45 % positive) — P*N ~ 1.6e9 pairs rules out the pairwise
//   loop; 3-decimal scores, negatives uniform on [0, 1], positives shifted up and capped at 1.0
//   (a tie group of ~2,700 at the top).
function clamp01(x) {
  return Math.min(1, Math.max(0, x));
}
module.exports = {
  two_decimal_2000(g) {
    const labels = [];
    for (let i = 0; i < 2000; i++) labels.push(i < 574 ? 1 : 0);
    g.shuffle(labels);
    const scores = labels.map((y) => g.round(clamp01(g.normal(y === 1 ? 0.545 : 0.45, 0.15)), 2));
    return [labels, scores];
  },
  three_decimal_80000(g) {
    const labels = [];
    const scores = [];
    for (let i = 0; i < 80000; i++) {
      const y = g.bernoulli(0.45) ? 1 : 0;
      labels.push(y);
      scores.push(g.round(y === 1 ? Math.min(1, g.uniform(0.0, 1.08)) : g.random(), 3));
    }
    return [labels, scores];
  },
};
