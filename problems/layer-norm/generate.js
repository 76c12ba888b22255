'use strict';
// rows_32x16: 32 rows of 16 features, 3-decimal values; each row has its own centre in
//   [-5.5, 5] and spread in [0.1, 4.2] (so sqrt(var) + eps and d - 1 visibly differ), with
//   per-feature gamma in [0.5, 1.5] and beta in [-0.5, 0.5]: the general batch, eps = 1e-5.
module.exports = {
  rows_32x16(g) {
    const n = 32;
    const d = 16;
    const x = [];
    for (let i = 0; i < n; i++) {
      const centre = g.uniform(-5.5, 5);
      const spread = g.uniform(0.1, 4.2);
      const row = [];
      for (let j = 0; j < d; j++) row.push(g.round(g.normal(centre, spread), 3));
      x.push(row);
    }
    const gamma = [];
    const beta = [];
    for (let j = 0; j < d; j++) {
      gamma.push(g.round(g.uniform(0.5, 1.5), 3));
      beta.push(g.round(g.uniform(-0.5, 0.5), 3));
    }
    return [x, gamma, beta, g.float(1e-5)];
  },
};
