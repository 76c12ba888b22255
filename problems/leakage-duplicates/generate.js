'use strict';
// copies_perturbed_shared_keys: 2,000 x 2,000 rows of 5 floats (four digit columns 0-9 and a
// quarter-step amount < 25,000). Test rows: ~9% exact copies of a training row (some copied
// twice), ~2% copies whose amount is off by 0.0001 (caught only without rounding), ~20% copies
// with one non-first column changed (shared first column is not a key), the rest new rows.
// twenty_thousand_each: 20,000 x 20,000 rows [int 0-4, int 0-4, quarter-step amount < 20,000];
// ~5% of test rows copy a training row, a third of those with the ints written as floats (2 vs
// 2.0). 4e8 row pairs rule out the pairwise scan.
const amount = (g, max) => g.int(0, max * 4 - 1) / 4; // exact in binary
const asFloats = (g, row) => row.map((v) => g.float(v));

function digitRow(g) {
  return [g.int(0, 9), g.int(0, 9), g.int(0, 9), g.int(0, 9), amount(g, 25000)];
}
module.exports = {
  copies_perturbed_shared_keys(g) {
    const train = [];
    for (let i = 0; i < 2000; i++) train.push(digitRow(g));
    const test = [];
    for (let j = 0; j < 2000; j++) {
      const u = g.random();
      const src = g.choice(train);
      const row = src.slice();
      if (u < 0.09) {
        // exact copy
      } else if (u < 0.11) {
        row[4] = Number((row[4] + 0.0001).toFixed(4));
      } else if (u < 0.31) {
        const c = g.int(1, 3);
        row[c] = (row[c] + g.int(1, 9)) % 10;
      } else {
        test.push(asFloats(g, digitRow(g)));
        continue;
      }
      test.push(asFloats(g, row));
    }
    return [train.map((r) => asFloats(g, r)), test];
  },
  twenty_thousand_each(g) {
    const row = () => [g.int(0, 4), g.int(0, 4), g.float(amount(g, 20000))];
    const train = [];
    for (let i = 0; i < 20000; i++) train.push(row());
    const test = [];
    for (let j = 0; j < 20000; j++) {
      const u = g.random();
      if (u < 0.05) {
        const src = g.choice(train);
        test.push(u < 0.0167 ? [g.float(src[0]), g.float(src[1]), src[2]] : src.slice());
      } else {
        test.push(row());
      }
    }
    return [train, test];
  },
};
