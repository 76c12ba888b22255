'use strict';
// events_12000_ms: 12,000 events of 1000 users, user ids written "u123" or "U123" at random,
//   13-digit millisecond timestamps within 100 s (about 2 % missing): many versions per entity,
//   numeric comparison of large values, case-insensitive keys, and too many rows for a
//   quadratic scan.
module.exports = {
  events_12000_ms(g) {
    const lines = ['event_id,user_id,updated_at_ms'];
    for (let i = 0; i < 12000; i++) {
      const user = (g.bernoulli(0.7) ? 'U' : 'u') + g.int(0, 999);
      const ts = g.bernoulli(0.02) ? '' : String(1600000000000 + g.int(0, 99999));
      lines.push(`ev${i},${user},${ts}`);
    }
    return [lines.join('\n') + '\n', 'user_id', 'updated_at_ms'];
  },
};
