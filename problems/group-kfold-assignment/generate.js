'use strict';
// skewed_users: 5,000 users whose row counts follow a heavy tail (P(size >= s) = 1/s^2, capped at
// 200: ~75% single-row users, a few with 50+ rows), rows shuffled; ids "u0".."u4999" so string
// order differs from numeric order. Thousands of equal-size groups stress the id tie rule and
// the least-loaded-fold rule (round-robin or first-seen order drift apart), and interleaved rows
// catch row-level splits.
// uniform_groups_many_folds: 6,000 rows each drawn from 1,500 ids "g0".."g1499" (about 4 rows per
// group, some ids unused), k = 100: many equally loaded folds, so the lowest-index tie rule and
// the by-id order of equal sizes matter at every step.
function shuffledRows(g, sizes, prefix) {
  const rows = [];
  sizes.forEach((s, i) => {
    for (let r = 0; r < s; r++) rows.push(prefix + i);
  });
  return g.shuffle(rows);
}
module.exports = {
  skewed_users(g) {
    const sizes = [];
    for (let i = 0; i < 5000; i++) sizes.push(Math.min(200, Math.floor(1 / Math.sqrt(1 - g.random()))));
    return [shuffledRows(g, sizes, 'u'), 10];
  },
  uniform_groups_many_folds(g) {
    const rows = [];
    for (let i = 0; i < 6000; i++) rows.push('g' + g.int(0, 1499));
    return [rows, 100];
  },
};
