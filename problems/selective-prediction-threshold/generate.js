'use strict';
// overconfident_2000: 2,000 confidences in [0.9, 0.999] (4 decimals, many ties) whose real
//   accuracy is far lower (~0.6 at 0.9, rising to ~0.95 at the top); target 0.9. Every case
//   claims >= 0.9 (rules out trusting the raw confidence) and accuracy among the very top
//   cases dips below the target before recovering (rules out stopping at the first miss).
// underconfident_1500: 1,500 confidences in [0.4, 0.8) that are right more often than they
//   claim (accuracy ~ confidence + 0.25); target 0.9, which no confidence reaches. Ties of equal
//   confidence near the answer (rules out cutting inside a tie group).
// predictions_30000: 30,000 confidences spread over (0, 1) from a logistic of a normal score,
//   mildly over-confident (accuracy ~ confidence^1.3), target 0.85; n rules out re-scanning all
//   cases for each of the ~6,000 candidate thresholds.

function cases(g, n, drawConfidence, accuracyAt) {
  const confidences = [];
  const correct = [];
  for (let i = 0; i < n; i++) {
    const c = drawConfidence();
    confidences.push(g.round(c, 4));
    correct.push(g.bernoulli(accuracyAt(Number(c.toFixed(4)))) ? 1 : 0);
  }
  return [confidences, correct];
}

module.exports = {
  overconfident_2000(g) {
    const [conf, correct] = cases(g, 2000, () => g.uniform(0.9, 0.999),
      (c) => 0.6 + 0.35 * ((c - 0.9) / 0.099) ** 2);
    return [conf, correct, 0.9];
  },
  underconfident_1500(g) {
    const [conf, correct] = cases(g, 1500, () => g.uniform(0.4, 0.8), (c) => Math.min(1, c + 0.25));
    return [conf, correct, 0.9];
  },
  predictions_30000(g) {
    const [conf, correct] = cases(g, 30000, () => 1 / (1 + Math.exp(-g.normal(0.8, 1.0))),
      (c) => c ** 1.3);
    return [conf, correct, 0.85];
  },
};
