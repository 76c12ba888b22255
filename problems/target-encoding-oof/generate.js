'use strict';
// zipf_keys: a click log of 7,000 training rows (key,target) whose keys follow a Zipf-like law
// (weight 1/rank^1.5 over 2,000 ranks: one key ~40% of the rows, a long tail of keys seen once or
// twice), each key with its own click rate in [0.05, 0.6]; 700 serving rows from the same law plus
// ~2% keys never seen in training; 5 folds, smoothing 20. Rows are in random order, so every key
// is spread over all folds; rare keys make the leaky variants differ from out-of-fold, and n = 7,000
// rules out recomputing the statistics for every row in Python.
function zipfSampler(g, ranks, power) {
  const cum = [];
  let total = 0;
  for (let j = 1; j <= ranks; j++) cum.push((total += 1 / Math.pow(j, power)));
  return () => {
    const u = g.random() * total;
    let lo = 0, hi = ranks - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo + 1; // rank 1..ranks
  };
}
module.exports = {
  zipf_keys(g) {
    const ranks = 2000;
    const rank = zipfSampler(g, ranks, 1.5);
    const rate = [];
    for (let j = 0; j <= ranks; j++) rate.push(g.uniform(0.05, 0.6));
    let train = 'key,target\n';
    for (let i = 0; i < 7000; i++) {
      const k = rank();
      train += 'k' + k + ',' + (g.bernoulli(rate[k]) ? 1 : 0) + '\n';
    }
    let serve = 'key\n';
    for (let i = 0; i < 700; i++) serve += 'k' + (g.bernoulli(0.02) ? g.int(ranks + 1, 3 * ranks) : rank()) + '\n';
    return [train, serve, 'key', 'target', 5, g.float(20)];
  },
};
