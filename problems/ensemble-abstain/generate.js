'use strict';
// single_member: M = 1, 300 examples over 4 classes, tau = 0.8: probability vectors from sharp to
// flat (about 10% zero entries, a few exact ties at the top), so with one member the answer is
// abstain-or-argmax and only never abstaining fails.
// ten_members_median_threshold: M = 10, 1,500 examples over 5 classes; a third where the members
// agree, a third where confident members split between 2-3 classes (epistemic: low mean member
// entropy, high predictive entropy; soft and hard vote differ) and a third where every member is
// unsure; tau is placed in a gap of the entropies near their median, so half the examples abstain.
// Probabilities are 3-decimal values summing to exactly 1; every H is more than 1e-7 from tau and
// the top two averaged probabilities differ (no rounding can change an answer).

// Weights -> integer thousandths summing to 1000 (largest remainder, lower index first on ties).
function thousandths(w) {
  const total = w.reduce((s, x) => s + x, 0);
  const raw = w.map((x) => (x / total) * 1000);
  const out = raw.map(Math.floor);
  let left = 1000 - out.reduce((s, x) => s + x, 0);
  const order = raw.map((x, c) => c).sort((a, b) => raw[b] - out[b] - (raw[a] - out[a]) || a - b);
  for (let k = 0; left > 0; k++, left--) out[order[k]] += 1;
  return out;
}
// A member's weights: `peak` extra mass on class `top` (none if top < 0), noise elsewhere, and
// each non-top class zeroed with probability pZero.
function weights(g, C, top, peak, pZero) {
  const w = [];
  for (let c = 0; c < C; c++) w.push(c !== top && g.bernoulli(pZero) ? 0 : g.uniform(0.05, 1));
  if (top >= 0) w[top] += peak;
  return w;
}
const entropy = (counts, total) => counts.reduce((h, s) => (s > 0 ? h - (s / total) * Math.log(s / total) : h), 0);
const asProbs = (g, ints) => ints.map((x) => g.round(x / 1000, 3));

module.exports = {
  single_member(g) {
    const rows = [];
    while (rows.length < 300) {
      let ints;
      if (g.bernoulli(0.03)) {
        // exact tie between two top classes
        const [a, b] = g.sample([0, 1, 2, 3], 2);
        const t = g.int(260, 480);
        ints = [0, 0, 0, 0];
        ints[a] = t;
        ints[b] = t;
        const rest = [0, 1, 2, 3].filter((c) => c !== a && c !== b);
        ints[rest[0]] = g.int(0, 1000 - 2 * t);
        ints[rest[1]] = 1000 - 2 * t - ints[rest[0]];
        if (Math.max(ints[rest[0]], ints[rest[1]]) >= t) continue;
      } else {
        ints = thousandths(weights(g, 4, g.int(0, 3), g.choice([0, 0.5, 2, 8, 40]), 0.1));
      }
      if (Math.abs(entropy(ints, 1000) - 0.8) < 1e-6) continue;
      rows.push(asProbs(g, ints));
    }
    return [[rows], g.float(0.8)];
  },
  ten_members_median_threshold(g) {
    const M = 10, N = 1500, C = 5;
    const members = Array.from({ length: M }, () => []);
    const H = [];
    while (H.length < N) {
      const kind = g.int(0, 2);
      const base = g.int(0, C - 1);
      const camps = g.sample([0, 1, 2, 3, 4], g.int(2, 3));
      const rows = [];
      for (let m = 0; m < M; m++) {
        if (kind === 0) rows.push(thousandths(weights(g, C, base, g.uniform(1, 12), 0.15)));
        else if (kind === 1) rows.push(thousandths(weights(g, C, g.choice(camps), g.uniform(3, 40), 0.15)));
        else rows.push(thousandths(weights(g, C, -1, 0, 0.05)));
      }
      const sums = [];
      for (let c = 0; c < C; c++) sums.push(rows.reduce((s, r) => s + r[c], 0));
      const sorted = sums.slice().sort((a, b) => b - a);
      if (sorted[0] === sorted[1]) continue; // keep the argmax clear of float summation order
      rows.forEach((r, m) => members[m].push(asProbs(g, r)));
      H.push(entropy(sums, 1000 * M));
    }
    // tau: midpoint of the first gap wider than 1e-6 at or after the median entropy
    const hs = H.slice().sort((a, b) => a - b);
    let k = N / 2;
    while (hs[k] - hs[k - 1] < 1e-6) k++;
    return [members, g.round((hs[k - 1] + hs[k]) / 2, 7)];
  },
};
