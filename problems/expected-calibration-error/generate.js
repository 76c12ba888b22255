'use strict';
// predictions_20000_15bins: 20,000 confidences with 3 decimals spread over [0, 1] (so some are
//   exactly 0.0, 1.0 or on a bin edge k/15) and a model that is over-confident mostly in the
//   middle (accuracy = c - 0.4 c (1 - c)); 15 bins of slightly different sizes, so equal-weight
//   bin averaging gives a different number than the |B|/n weighting.
module.exports = {
  predictions_20000_15bins(g) {
    const confidences = [];
    const correct = [];
    for (let i = 0; i < 20000; i++) {
      const c = Number(g.uniform(0, 1).toFixed(3));
      confidences.push(g.float(c));
      correct.push(g.bernoulli(c - 0.4 * c * (1 - c)) ? 1 : 0);
    }
    return [confidences, correct, 15];
  },
};
