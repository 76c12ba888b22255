'use strict';
// shards_80x400: 80 shards x 400 candidates over a catalogue of 20,000 ids "i0".."i19999"
//   (string order differs from numeric order), k = 300. Scores have 3 decimals, so equal scores
//   are common, and about half the shards run a skewed snapshot (+-0.001 or +-0.002), so a
//   replicated item comes back with different scores (max must win; ties must go by id).
module.exports = {
  shards_80x400(g) {
    const nItems = 20000;
    const base = [];
    for (let i = 0; i < nItems; i++) base.push(g.uniform(0, 2));
    const shards = [];
    for (let s = 0; s < 80; s++) {
      const skewed = g.bernoulli(0.5);
      const picked = new Set();
      while (picked.size < 400) picked.add(g.int(0, nItems - 1));
      const shard = [...picked].map((i) => {
        const skew = skewed ? g.int(-2, 2) / 1000 : 0;
        return ['i' + i, g.round(base[i] + skew, 3)];
      });
      // sorted by score descending, ties by id ascending (plain string order)
      shard.sort((a, b) => b[1].value - a[1].value || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      shards.push(shard);
    }
    return [shards, 300];
  },
};
