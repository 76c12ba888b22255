'use strict';
// shuffled_events_5000: a "user_id,ts" log of 5000 events from 250 users, rows fully shuffled
//   (events arrive out of order). Each user's timeline is bursts of activity: steps within the
//   gap, steps of exactly the gap and gap + 1, repeated timestamps, and long breaks — so arrival
//   order, a shared clock, a fixed window from the session start and ">= gap" all go wrong.
module.exports = {
  shuffled_events_5000(g) {
    const gap = 900;
    const nUsers = 250;
    const ids = [];
    for (let i = 0; i < 1000; i++) ids.push('v' + i);
    const users = g.sample(ids, nUsers);
    const counts = new Array(nUsers).fill(0);
    for (let i = 0; i < 5000; i++) counts[g.int(0, nUsers - 1)] += 1;
    const rows = [];
    users.forEach((user, u) => {
      let ts = 1700000000 + g.int(0, 2000000);
      for (let k = 0; k < counts[u]; k++) {
        if (k > 0) {
          const step = g.weighted(['within', 'exact', 'just-over', 'same', 'break'], [60, 6, 6, 5, 23]);
          if (step === 'within') ts += g.int(1, gap - 1);
          else if (step === 'exact') ts += gap;
          else if (step === 'just-over') ts += gap + 1;
          else if (step === 'break') ts += g.int(gap + 2, 200000);
        }
        rows.push(user + ',' + ts);
      }
    });
    g.shuffle(rows);
    return ['user_id,ts\n' + rows.join('\n') + '\n', gap];
  },
};
