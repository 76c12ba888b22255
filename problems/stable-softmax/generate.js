'use strict';
// gaussian_200: 200 moderate logits N(0, 3) with 3 decimals: ordinary values, every probability
//   is well above 0 (checks the plain formula, not overflow).
// near_top_500: 500 logits, ~70% in [9990, 10000] (2 decimals), the rest spread over
//   [-10000, 0] (1 decimal): exp overflows unless the maximum is subtracted, the mean is far
//   below the top (shifting by the mean still overflows), and clipping to +-500 flattens the top.
module.exports = {
  gaussian_200(g) {
    const z = [];
    for (let i = 0; i < 200; i++) z.push(g.round(g.normal(0, 3), 3));
    return [z];
  },
  near_top_500(g) {
    const z = [];
    for (let i = 0; i < 500; i++) z.push(g.bernoulli(0.7) ? g.round(g.uniform(9990, 10000), 2) : g.round(g.uniform(-10000, 0), 1));
    return [z];
  },
};
