'use strict';
// unsorted_with_repeats: two vectors of n random-order entries over indices 0..60000 (so ~1/4 of
// entries repeat an index and ~9k indices are shared); values are quarter-steps in [-10, 10].
// n = 30,000 each rules out the O(|a|*|b|) pairwise comparison; repeats rule out overwriting.
function vector(g, n, maxIndex) {
  const out = [];
  for (let i = 0; i < n; i++) out.push([g.int(0, maxIndex), g.float(g.int(-40, 40) / 4)]);
  return out;
}
module.exports = {
  unsorted_with_repeats(g) {
    return [vector(g, 30000, 60000), vector(g, 30000, 60000)];
  },
};
