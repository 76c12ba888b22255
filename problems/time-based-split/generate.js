'use strict';
// ties_2000: 2,000 rows in random order whose timestamps are logged per minute over 5 hours
//   (300 distinct values, ~7 rows each), test fraction 0.2: the boundary falls inside a group of
//   equal timestamps, so the whole group must go to test (rules out cutting at exactly k rows and
//   taking the last rows by position).
module.exports = {
  ties_2000(g) {
    const timestamps = [];
    for (let i = 0; i < 2000; i++) timestamps.push(1700000000 + 60 * g.int(0, 299));
    return [timestamps, 0.2];
  },
};
