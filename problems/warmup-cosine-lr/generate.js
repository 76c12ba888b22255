'use strict';
// long_run_300: a 1,000,000-step run with 2,000 warmup steps, evaluated at 300 steps in random
//   order: mostly uniform over [0, 1.2 T] (decay and far beyond the end), plus a few warmup
//   steps, the four phase boundaries (W - 1, W, T - 1, T) and repeated entries.
module.exports = {
  long_run_300(g) {
    const W = 2000;
    const T = 1000000;
    const steps = [0, W - 1, W, T - 1, T];
    for (let i = 0; i < 10; i++) steps.push(g.int(0, W - 1));
    while (steps.length < 290) steps.push(g.int(0, 1200000));
    for (let i = 0; i < 10; i++) steps.push(g.choice(steps));
    g.shuffle(steps);
    return [0.0003, 0.00003, W, T, steps];
  },
};
