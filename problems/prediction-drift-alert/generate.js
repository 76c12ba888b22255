'use strict';
// slow_upward_drift: reference of 2,000 predictions ~ N(0.1, 0.05) (clipped to [0, 1], 3 decimals);
// a 30,000-long stream whose mean creeps linearly from 0.1 to 0.3 with the same noise; w = 500,
// z = 4. Adjacent windows always look alike, so only the fixed reference catches it; the score
// crosses the band back and forth before staying above it (rising edges only).
// level_shifts: reference of 2,000 ~ U[0, 0.3]; a 50,000-long stream of segments (300-4,000 long)
// whose level is shifted by 0 or up to +-0.02; w = 2,000, z = 3 (n*w = 1e8 rules out recomputing
// each window). Drawn again until one rising edge depends on the population (n) rather than the
// sample (n - 1) standard deviation.
// In both, no window's score is within 1e-6 (relative) of z.

const clip3 = (x) => Math.min(1000, Math.max(0, Math.round(x * 1000))); // value in thousandths

// Rising edges of the alert for integer (thousandths) data; ddof = 0 population, 1 sample std.
// Also returns the smallest relative distance of a window score from z (population std).
function fires(ref, xs, w, z, ddof) {
  const r = ref.length;
  const mu = ref.reduce((s, x) => s + x, 0) / r;
  const ss = ref.reduce((s, x) => s + (x - mu) * (x - mu), 0);
  const se = Math.sqrt(ss / (r - ddof)) / Math.sqrt(w);
  const out = [];
  let prev = false;
  let closest = Infinity;
  let sum = 0;
  for (let t = 0; t < xs.length; t++) {
    sum += xs[t];
    if (t >= w) sum -= xs[t - w];
    if (t < w - 1) continue;
    const score = Math.abs(sum / w - mu) / se;
    closest = Math.min(closest, Math.abs(score / z - 1));
    const alert = score > z;
    if (alert && !prev) out.push(t);
    prev = alert;
  }
  return { out, closest };
}
const asFloats = (g, ints) => ints.map((x) => g.round(x / 1000, 3));

module.exports = {
  slow_upward_drift(g) {
    const n = 30000, w = 500, z = 4;
    const ref = [];
    for (let i = 0; i < 2000; i++) ref.push(clip3(g.normal(0.1, 0.05)));
    for (;;) {
      const xs = [];
      for (let t = 0; t < n; t++) xs.push(clip3(g.normal(0.1 + (0.2 * t) / n, 0.05)));
      if (fires(ref, xs, w, z, 0).closest > 1e-6) return [asFloats(g, ref), asFloats(g, xs), w, z];
    }
  },
  level_shifts(g) {
    const n = 50000, w = 2000, z = 3;
    const ref = [];
    for (let i = 0; i < 2000; i++) ref.push(g.int(0, 300));
    for (;;) {
      const xs = [];
      while (xs.length < n) {
        const len = g.int(300, 4000);
        const shift = g.bernoulli(0.5) ? 0 : g.uniform(-0.02, 0.02);
        for (let k = 0; k < len && xs.length < n; k++) xs.push(clip3(g.uniform(0, 0.3) + shift));
      }
      const pop = fires(ref, xs, w, z, 0);
      const sample = fires(ref, xs, w, z, 1);
      if (pop.closest > 1e-6 && pop.out.join() !== sample.out.join()) return [asFloats(g, ref), asFloats(g, xs), w, z];
    }
  },
};
