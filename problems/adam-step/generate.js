'use strict';
// params_300: one AdamW step (t = 57) on 300 coordinates with realistic mixed scales — weights
//   ~N(0, 1), gradients ~N(0, 0.1), state m, v from earlier steps — plus ~10 % "rarely updated"
//   coordinates (m = v = 0, gradients ~1e-5) where eps inside vs outside the sqrt matters, and a
//   few zero gradients where only momentum and decay act.
module.exports = {
  params_300(g) {
    const n = 300;
    const params = [];
    const grads = [];
    const m = [];
    const v = [];
    for (let i = 0; i < n; i++) {
      params.push(g.round(g.normal(0, 1), 4));
      const kind = g.weighted(['dense', 'rare', 'zero-grad'], [85, 10, 5]);
      if (kind === 'rare') {
        grads.push(g.round(g.normal(0, 1e-5), 9));
        m.push(g.float(0));
        v.push(g.float(0));
      } else {
        grads.push(kind === 'zero-grad' ? g.float(0) : g.round(g.normal(0, 0.1), 5));
        m.push(g.round(g.normal(0, 0.05), 5));
        const s = g.normal(0, 0.08);
        v.push(g.round(Math.max(s * s, 1e-6), 6));
      }
    }
    return [params, grads, m, v, 57, 0.001, 0.9, 0.999, 1e-8, 0.01];
  },
};
