'use strict';
// repeat_votes_10000: 10,000 chronological ratings (half-steps in [0, 10]) of 200 items, trim 10%:
//   8,800 honest votes from 3,000 users (some users happen to re-rate an item), 200 explicit
//   rating changes by honest users, and 1,000 votes from 5 spam accounts that post 10 (boost)
//   or 0 (bomb) again and again on a few targets. Rules out counting repeats (no-dedup, plain
//   mean) and keeping a user's first vote instead of the last.

// a half-step rating near the item's quality, clipped to [0, 10]
function rating(g, quality) {
  const r = Math.round((quality + g.normal(0, 2)) * 2) / 2;
  return Math.min(10, Math.max(0, r));
}

module.exports = {
  repeat_votes_10000(g) {
    const nItems = 200;
    const quality = [];
    for (let i = 0; i < nItems; i++) quality.push(g.uniform(1.5, 9));
    const events = []; // [time in [0, 1), user, item index, rating]
    for (let n = 0; n < 8800; n++) {
      const i = g.int(0, nItems - 1);
      events.push([g.random(), 'u' + g.int(0, 2999), i, rating(g, quality[i])]);
    }
    // honest users changing their mind later: same user and item, a different rating
    for (let n = 0; n < 200; n++) {
      const [time, user, i, old] = events[g.int(0, 8799)];
      let r = rating(g, quality[i]);
      if (r === old) r = old >= 5 ? old - 2 : old + 2;
      events.push([g.uniform(time, 1), user, i, r]);
    }
    // spam accounts: each boosts 2 items with 10s and bombs 2 items with 0s, many times over
    for (let s = 0; s < 5; s++) {
      const targets = g.sample([...Array(nItems).keys()], 4);
      for (let n = 0; n < 200; n++) {
        const k = g.int(0, 3);
        events.push([g.random(), 'spam' + s, targets[k], k < 2 ? 10 : 0]);
      }
    }
    events.sort((a, b) => a[0] - b[0]);
    const ratings = events.map(([, user, i, r]) => [user, 'i' + i, g.float(r)]);
    return [ratings, 10];
  },
};
