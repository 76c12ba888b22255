'use strict';
// ranked_20000_relevant_33000: 20,000 distinct ranked ids from 0..99,999, and 33,000 relevance
//   entries (30,000 distinct ids, 6,000 of them retrieved, 3,000 ids listed twice, shuffled),
//   k = 15,000. Sizes rule out scanning the relevant list per ranked item; the repeated ids rule
//   out counting relevant entries instead of ranked positions.
module.exports = {
  ranked_20000_relevant_33000(g) {
    const ids = [];
    for (let i = 0; i < 100000; i++) ids.push(i);
    g.shuffle(ids);
    const ranked = ids.slice(0, 20000);
    const retrieved = g.shuffle(ranked.slice()).slice(0, 6000);
    const pool = retrieved.concat(ids.slice(20000, 44000));
    const twice = g.shuffle(pool.slice()).slice(0, 3000);
    const relevant = g.shuffle(pool.concat(twice));
    return [ranked, relevant, 15000];
  },
};
