'use strict';
// transactions_30000: 30,000 transactions scored on days 0..400 (some after T = 365), M = 45,
//   ~3 % fraud with chargeback delays from same-day to ~170 days (some after t + M, some recorded
//   after T, a few exactly at t + M), flags catching ~70 % of fraud at ~1 % false-flag rate —
//   so maturity filtering, the label window and the inclusive boundaries all change the result.
module.exports = {
  transactions_30000(g) {
    const T = 365;
    const M = 45;
    const times = [];
    const preds = [];
    const chargebacks = [];
    for (let i = 0; i < 30000; i++) {
      const t = g.int(0, 400);
      const fraud = g.bernoulli(0.03);
      let cb = -1;
      if (fraud) {
        const bucket = g.weighted(['fast', 'slow', 'late', 'at-boundary'], [60, 27, 10, 3]);
        const delay = bucket === 'fast' ? g.int(0, 30) : bucket === 'slow' ? g.int(31, 60) : bucket === 'late' ? g.int(61, 170) : M;
        cb = t + delay;
      }
      times.push(t);
      preds.push(g.bernoulli(fraud ? 0.7 : 0.01) ? 1 : 0);
      chargebacks.push(cb);
    }
    return [times, preds, chargebacks, T, M];
  },
};
