'use strict';
// Every generator draws a random linear model and feature rows inside [lo, hi]; a row is redrawn
// when a gradient component of a feature with non-zero weights is within 1e-4 of 0, so the sign
// is never ambiguous (the statement promises 1e-6).
// counts_zero_weight_immutable: 40 rows of 6 mixed features (counts often at 0 or at the cap 50,
//   a 0..10 score, a binary flag, a real in [-5, 5], a 0..100 feature with weight 0 in every
//   class, a feature fixed by lo = hi = 0), 2 classes, eps = 1: clamping at both ends, no move.
// pixels_0_1: 60 rows of 16 pixels in [0, 1], about 40% saturated at 0 or 1, 3 classes,
//   eps = 0.05: the step leaves the box on saturated pixels.
// wide_ranges_80: 80 rows of 10 N(0, 1) features, 4 classes, eps = 0.3, box [-100, 100]: no
//   clamping, only the direction and size of the step matter.
// bounded_100x20: 100 rows, 10 features in [0, 1] and 10 in [0, 5] (many near the edges),
//   5 classes, eps = 0.1.
function gradient(row, y, W, b) {
  const z = W.map((wc, c) => wc.reduce((s, w, j) => s + w * row[j], b[c]));
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const total = e.reduce((s, v) => s + v, 0);
  const delta = e.map((v) => v / total);
  delta[y] -= 1;
  return row.map((_, j) => W.reduce((s, wc, c) => s + wc[j] * delta[c], 0));
}
// k x d weights N(0, sigma[j]) with 3 decimals (sigma: a number or one per column; 0 = zero column).
function weights(g, k, d, sigma) {
  const W = [];
  for (let c = 0; c < k; c++) {
    const wc = [];
    for (let j = 0; j < d; j++) {
      const s = Array.isArray(sigma) ? sigma[j] : sigma;
      wc.push(s === 0 ? g.float(0) : g.round(g.normal(0, s), 3));
    }
    W.push(wc);
  }
  return W;
}
// n rows made by drawRow(g) (plain numbers), labels uniform over k classes; a row is redrawn when
// a logit exceeds 50 in size or a live gradient component is within 1e-4 of 0.
function batch(g, n, k, W, b, drawRow) {
  const x = [], labels = [];
  const live = W[0].map((_, j) => W.some((wc) => wc[j].value !== 0));
  const Wn = W.map((wc) => wc.map((w) => w.value));
  const bn = b.map((v) => v.value);
  while (x.length < n) {
    const row = drawRow(g);
    const y = g.int(0, k - 1);
    const z = Wn.map((wc, c) => wc.reduce((s, w, j) => s + w * row[j], bn[c]));
    if (z.some((v) => Math.abs(v) > 50)) continue;
    const grad = gradient(row, y, Wn, bn);
    if (grad.some((v, j) => live[j] && Math.abs(v) < 1e-4)) continue;
    x.push(row.map((v) => g.float(v)));
    labels.push(y);
  }
  return [x, labels];
}
const out = (g, list) => list.map((v) => g.float(v));
const dec = (v, digits) => Number(v.toFixed(digits));

module.exports = {
  counts_zero_weight_immutable(g) {
    const W = weights(g, 2, 6, [0.02, 0.3, 0.7, 0.3, 0, 0.5]);
    const b = [g.round(g.normal(0, 1), 3), g.round(g.normal(0, 1), 3)];
    const [x, labels] = batch(g, 40, 2, W, b, (r) => [
      r.choice([0, 0, 0, 1, 1, 2, 7, 50, 50]),
      dec(r.uniform(0, 10), 1),
      r.int(0, 1),
      dec(r.uniform(-5, 5), 2),
      r.int(0, 100),
      0,
    ]);
    return [x, labels, W, b, g.float(1), out(g, [0, 0, 0, -5, 0, 0]), out(g, [50, 10, 1, 5, 100, 0])];
  },
  pixels_0_1(g) {
    const W = weights(g, 3, 16, 0.7);
    const b = [0, 1, 2].map(() => g.round(g.normal(0, 0.4), 3));
    const pixel = (r) => { const u = r.random(); return u < 0.2 ? 0 : u < 0.4 ? 1 : dec(r.random(), 2); };
    const [x, labels] = batch(g, 60, 3, W, b, (r) => Array.from({ length: 16 }, () => pixel(r)));
    return [x, labels, W, b, g.float(0.05), out(g, new Array(16).fill(0)), out(g, new Array(16).fill(1))];
  },
  wide_ranges_80(g) {
    const W = weights(g, 4, 10, 0.7);
    const b = [0, 1, 2, 3].map(() => g.round(g.normal(0, 0.7), 3));
    const [x, labels] = batch(g, 80, 4, W, b, (r) => Array.from({ length: 10 }, () => dec(r.normal(0, 1), 3)));
    return [x, labels, W, b, g.float(0.3), out(g, new Array(10).fill(-100)), out(g, new Array(10).fill(100))];
  },
  bounded_100x20(g) {
    const W = weights(g, 5, 20, 0.3);
    const b = [0, 1, 2, 3, 4].map(() => g.round(g.normal(0, 0.4), 3));
    const hi = Array.from({ length: 20 }, (_, j) => (j < 10 ? 1 : 5));
    const [x, labels] = batch(g, 100, 5, W, b, (r) => hi.map((h) => dec(r.uniform(0, h), 2)));
    return [x, labels, W, b, g.float(0.1), out(g, new Array(20).fill(0)), out(g, hi)];
  },
};
