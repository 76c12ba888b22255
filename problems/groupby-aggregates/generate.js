'use strict';
// sessions_by_segment: a "user,segment,session_minutes" CSV of 8,000 rows over 40 segments
// (seg00..seg39, ~200 rows each, so several segments tie on count), ~2 % rows with an empty
// segment and ~10 % with an empty value; minutes are skewed (exponential, mean 12, 1 decimal),
// so mean and median differ and counts are often even.
module.exports = {
  sessions_by_segment(g) {
    const lines = ['user,segment,session_minutes'];
    for (let i = 0; i < 8000; i++) {
      const user = 'u' + g.int(0, 3999);
      const seg = g.bernoulli(0.02) ? '' : 'seg' + String(g.int(0, 39)).padStart(2, '0');
      const minutes = g.bernoulli(0.1) ? '' : (-12 * Math.log(1 - g.random())).toFixed(1);
      lines.push(user + ',' + seg + ',' + minutes);
    }
    return [lines.join('\n') + '\n', 'segment', 'session_minutes'];
  },
};
