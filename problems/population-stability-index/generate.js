'use strict';
// scattered_empty_20000: 20,000 bins of about 25 training counts each (every training
//   proportion falls below the 1e-4 floor), production counts = training + noise with ~6.5 % of
//   bins emptied, training-empty bins sometimes filled, and bin 0 a category that appears only
//   in production (500 counts): empty bins on one side, on both sides, and floors everywhere.
module.exports = {
  scattered_empty_20000(g) {
    const expected = [];
    const actual = [];
    for (let i = 0; i < 20000; i++) {
      const e = g.int(0, 50);
      expected.push(e);
      actual.push(g.bernoulli(0.065) ? 0 : Math.max(0, Math.round(e + g.normal(0, 6))));
    }
    expected[0] = 0;
    actual[0] = 500;
    return [expected, actual];
  },
};
