'use strict';
// quarter_steps_1e9: 300 values 1e9 + k/4 (|k| <= 40, so many repeats): E[x^2] - E[x]^2 cancels to rounding noise.
// mixed_signs_eighths: 300 multiples of 1/8 in [-620, 620], both signs: the ordinary case, where
//   the n vs n - 1 and stale-mean mistakes show but the naive formula is still accurate.
// near_1e12_spread_1e3: 300 whole-number values in [1e12 - 1000, 1e12 + 999]: squares near 1e24.
// level_jump_after_100: 100 values 1e9 + [0, 9], then 100 values 2e9 + [0, 9]: a sudden shift.
// readings_1e9: 500 readings 1e9 + a 2-decimal offset in [-3, 3]: a longer stream with a tiny spread.
function stream(n, draw) {
  const xs = [];
  for (let i = 0; i < n; i++) xs.push(draw(i));
  return xs;
}

module.exports = {
  quarter_steps_1e9(g) {
    return [stream(300, () => g.float(1e9 + g.int(-40, 40) / 4))];
  },
  mixed_signs_eighths(g) {
    return [stream(300, () => g.float(g.int(-4960, 4960) / 8))];
  },
  near_1e12_spread_1e3(g) {
    return [stream(300, () => g.float(1e12 + g.int(-1000, 999)))];
  },
  level_jump_after_100(g) {
    return [stream(200, (i) => g.float((i < 100 ? 1e9 : 2e9) + g.int(0, 9)))];
  },
  readings_1e9(g) {
    return [stream(500, () => g.round(1e9 + g.int(-300, 300) / 100, 2))];
  },
};
