'use strict';
// hot_card_12000: one card "hot" with 12,000 transactions plus 1,000 from 50 ordinary cards,
//   window 20,000 s. The hot card comes in ~800 bursts of rows logged in the same second
//   (same-second peers must not see each other), some bursts exactly one window after an earlier
//   one (closed left edge), ~3% empty amounts (still counted); bursts are written in random
//   order, so the file is not sorted by time. 12,000 rows of one card rule out the O(n^2) scan.
function amount(g) {
  return g.bernoulli(0.03) ? '' : String(g.int(100, 9999) / 100);
}

module.exports = {
  hot_card_12000(g) {
    const window = 20000;
    const bursts = [];          // each burst: list of CSV lines (same card, same second)
    const times = [];
    let t = g.int(0, 5000);
    let rows = 0;
    while (rows < 12000) {
      const size = Math.min(12000 - rows, g.int(1, 30));
      const at = times.length > 10 && g.bernoulli(0.1) ? times[g.int(0, times.length - 1)] + window : t;
      times.push(at);
      const lines = [];
      for (let k = 0; k < size; k++) lines.push('hot,' + at + ',' + amount(g));
      bursts.push(lines);
      rows += size;
      t += g.int(1, 13000);
    }
    for (let i = 0; i < 1000; i++) {
      bursts.push(['c' + g.int(1, 50) + ',' + g.int(0, t) + ',' + amount(g)]);
    }
    g.shuffle(bursts);
    const body = [];
    for (const lines of bursts) for (const line of lines) body.push(line);
    return ['card_id,ts,amount\n' + body.join('\n') + '\n', window];
  },
};
