'use strict';
// train_10000_serve_300: 10,000 training rows (latency_ms log-normal, median ~54, whole
//   numbers with many ties; payload_kb uniform 1..999 with ~10 % missing) and 300 serving rows
//   with a heavier latency tail (~5 % missing) and payloads up to 1499, clipped at the 0.5th and
//   99.5th percentiles: interpolated bounds between distinct order statistics, bounds that must
//   come from training, and missing training values that must be dropped, not read as 0.
function latency(g, median, sigma) {
  return String(Math.max(1, Math.round(median * Math.exp(g.normal(0, sigma)))));
}

module.exports = {
  train_10000_serve_300(g) {
    const train = ['latency_ms,payload_kb'];
    for (let i = 0; i < 10000; i++) {
      const payload = g.bernoulli(0.1) ? '' : String(g.int(1, 999));
      train.push(`${latency(g, 54, 0.81)},${payload}`);
    }
    const serve = ['latency_ms,payload_kb'];
    for (let i = 0; i < 300; i++) {
      const lat = g.bernoulli(0.05) ? '' : latency(g, 65, 1.0);
      serve.push(`${lat},${g.int(1, 1499)}`);
    }
    return [train.join('\n') + '\n', serve.join('\n') + '\n', g.float(0.005), g.float(0.995)];
  },
};
