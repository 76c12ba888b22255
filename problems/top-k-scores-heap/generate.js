'use strict';
// many_ties_50000_k100: 50,000 scores with 3 decimals in [0, 0.999] (about 50 copies of each
//   value), k = 100: the cut-off falls inside a run of equal scores, so later indices must not
//   evict earlier ones.
// all_1000_k_eq_n: 1000 scores in [-50, 50] on a 0.5 grid (about 5 copies of each), k = n: the
//   whole ranking, where every tie must be ordered by lower index first.
module.exports = {
  many_ties_50000_k100(g) {
    const scores = [];
    for (let i = 0; i < 50000; i++) scores.push(g.round(g.int(0, 999) / 1000, 3));
    return [scores, 100];
  },
  all_1000_k_eq_n(g) {
    const scores = [];
    for (let i = 0; i < 1000; i++) scores.push(g.round(g.int(-100, 100) / 2, 1));
    return [scores, scores.length];
  },
};
