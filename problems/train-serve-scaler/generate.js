'use strict';
// shifted_traffic: 200 training rows (x0 ~ N(48, 10), x1 ~ N(0, 1)) and 50 serving rows whose
//   distribution has moved (x0 ~ N(65, 4), x1 ~ N(2.1, 0.5)): re-fitting on serving hides the shift.
// small_batch: the same 200 training rows (same seed) and 3 serving rows from the training
//   distribution: batch statistics of 3 rows are far from the training ones.
// large_values_small_spread: 500 training / 100 serving rows near 1e8 and -3e8 with a spread of a
//   few units: E[x^2] - E[x]^2 cancels catastrophically.
// wide_1000x10: 1000 x 10 uniform training rows (column 3 constant 42.0) and 30 wider, shifted
//   serving rows: the general many-column case, with a constant training column.
function rows(g, n, cols) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(cols.map(([mu, sigma]) => g.round(g.normal(mu, sigma), 2)));
  return out;
}
function trainTwoColumns(g) { return rows(g, 200, [[48, 10], [0, 1]]); }

module.exports = {
  shifted_traffic(g) {
    const train = trainTwoColumns(g);
    return [train, rows(g, 50, [[65, 4], [2.1, 0.5]])];
  },
  small_batch(g) {
    const train = trainTwoColumns(g);
    return [train, rows(g, 3, [[48, 10], [0, 1]])];
  },
  large_values_small_spread(g) {
    const make = (n) => {
      const out = [];
      for (let i = 0; i < n; i++) out.push([g.float(100000000 + g.int(0, 20) / 2), g.float(-300000000 + g.int(-8, 0))]);
      return out;
    };
    return [make(500), make(100)];
  },
  wide_1000x10(g) {
    const train = [];
    for (let i = 0; i < 1000; i++) {
      const row = [];
      for (let j = 0; j < 10; j++) row.push(j === 3 ? g.float(42) : g.round(g.uniform(-100, 100), 2));
      train.push(row);
    }
    const serve = rows(g, 30, Array.from({ length: 10 }, () => [10, 75]));
    return [train, serve];
  },
};
