'use strict';
// many_predictions: 500 raw scores with 4 decimals spread over [0, 1] (a few exact 0 and 1 among
// them), keep rate 0.05: checks the odds correction on every kind of score, including endpoints.
module.exports = {
  many_predictions(g) {
    const probs = [];
    for (let i = 0; i < 500; i++) {
      const u = g.random();
      probs.push(u < 0.004 ? g.float(0) : u > 0.996 ? g.float(1) : g.round(g.random(), 4));
    }
    return [probs, 0.05];
  },
};
