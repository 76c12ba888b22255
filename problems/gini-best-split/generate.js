'use strict';
// duplicates_2000: 2000 rows x 5 features of small integers 0..20 (every value repeats ~100 times)
//   and 4 imbalanced classes driven by features 3 and 1 plus noise, so only the thresholds between
//   distinct values are legal (rules out splitting inside runs of equal values).
// wide_15000: 15000 rows x 5 features of integers in [0, 10^6] (almost all distinct), 3 classes
//   driven by features 0 and 2 plus noise; d * n^2 ~ 10^9 rules out re-counting per threshold.
function column(g, lo, hi) { return g.float(g.int(lo, hi)); }

module.exports = {
  duplicates_2000(g) {
    const X = [], y = [];
    for (let i = 0; i < 2000; i++) {
      const row = [];
      for (let j = 0; j < 5; j++) row.push(column(g, 0, 20));
      const s = row[3].value + 0.4 * row[1].value + g.normal(0, 4);
      y.push(s < 5 ? 0 : s < 11 ? 1 : s < 20 ? 2 : 3);
      X.push(row);
    }
    return [X, y];
  },
  wide_15000(g) {
    const X = [], y = [];
    for (let i = 0; i < 15000; i++) {
      const row = [];
      for (let j = 0; j < 5; j++) row.push(column(g, 0, 1000000));
      const s = row[0].value / 1e6 + 0.5 * row[2].value / 1e6 + g.normal(0, 0.25);
      y.push(s < 0.35 ? 0 : s < 1.05 ? 1 : 2);
      X.push(row);
    }
    return [X, y];
  },
};
