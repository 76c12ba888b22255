'use strict';
// ints_40000_50000: 40,000 vs 50,000 integers in 0..999 (~40-50 copies of every value, shared by
//   both samples), b = uniform with a bump near 600 — ties everywhere break element-wise merging;
//   n*m = 2e9 rules out the O(n*m) scan.
// normals_12000: 12,000 vs 12,000 normals rounded to 3 decimals (many repeated values), b slightly
//   shifted and wider — a small D that a tie-unaware sweep gets slightly wrong.
module.exports = {
  ints_40000_50000(g) {
    const a = [];
    const b = [];
    for (let i = 0; i < 40000; i++) a.push(g.int(0, 999));
    for (let i = 0; i < 50000; i++) {
      if (g.bernoulli(0.85)) b.push(g.int(0, 999));
      else b.push(Math.min(999, Math.max(0, Math.round(g.normal(600, 150)))));
    }
    return [a, b];
  },
  normals_12000(g) {
    const a = [];
    const b = [];
    for (let i = 0; i < 12000; i++) a.push(g.round(g.normal(0, 1), 3));
    for (let i = 0; i < 12000; i++) b.push(g.round(g.normal(0.04, 1.05), 3));
    return [a, b];
  },
};
