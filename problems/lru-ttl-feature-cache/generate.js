'use strict';
// random_300: 300 ops on a 4-slot cache with ttl 6, 12 keys and time steps of 0..2, so expiries
//   at exactly t, evictions, overwrites and hits all occur many times in a short, checkable run.
// busy_60000: ~60,000 ops on a 5,000-slot cache (ttl 6,000) alternating busy phases (cache full,
//   LRU evictions) and quiet phases (entries expire); ~3,500 live entries per op on average rule
//   out scanning the whole cache per operation (O(n * capacity)) within the time limit. Some
//   entities are re-read exactly ttl after their write (the moment the entry expires).

// ops with time steps drawn from `steps`, a put with probability pPut, keys drawn by pickKey;
// after a put, with probability pRecheck the same key is read again at exactly t + ttl
function operations(g, n, t0, ttl, steps, pPut, pickKey, pRecheck) {
  const ops = [];
  const rechecks = []; // [time, key], in time order
  let t = t0;
  for (let i = 0; i < n; i++) {
    t += g.choice(steps);
    while (rechecks.length > 0 && rechecks[0][0] <= t) ops.push(rechecks.shift());
    const key = pickKey();
    if (g.bernoulli(pPut)) {
      ops.push([t, key, g.int(0, 99)]);
      if (g.bernoulli(pRecheck)) rechecks.push([t + ttl, key]);
    } else {
      ops.push([t, key]);
    }
  }
  return ops;
}

module.exports = {
  random_300(g) {
    return [4, 6, operations(g, 300, 0, 6, [0, 1, 2], 0.5, () => g.int(0, 11), 0)];
  },
  busy_60000(g) {
    // a hot set of 3,000 keys takes half the traffic, the rest is spread over 30,000 keys
    const pickKey = () => (g.bernoulli(0.5) ? g.int(0, 2999) : g.int(0, 29999));
    const ttl = 6000;
    const ops = [];
    let t = 0;
    for (let phase = 0; phase < 6; phase++) {
      const busy = phase % 2 === 0;
      // busy: ~2 ops per time unit, 85% puts -> more than 5,000 distinct writes per ttl (evictions);
      // quiet: ~0.7 ops per time unit, 70% puts -> fewer writes per ttl than capacity (expiries)
      const part = busy
        ? operations(g, 10000, t, ttl, [0, 1], 0.85, pickKey, 0.02)
        : operations(g, 10000, t, ttl, [1, 2], 0.7, pickKey, 0.02);
      t = part[part.length - 1][0];
      ops.push(...part);
    }
    return [5000, ttl, ops];
  },
};
