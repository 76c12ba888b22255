'use strict';
// Documents are random sequences over a 64-word vocabulary of product/ML-ops terms, so unrelated
// documents share almost no word 3-grams and near-duplicates come only from the edited copies.
// moderate_pairs_2x8: 30 documents of 30 words, each followed by a copy with 3 words replaced
//   (Jaccard ~0.5-0.7); bands = 2 of 8 rows, threshold 0.5: most such pairs share no band, so
//   they must not be reported even though half their signature positions agree.
// edited_copies_1200: 900 documents of 6-34 words plus 300 edited copies of random ones (other
//   case, punctuation glued to words, 0-3 words replaced, inserted or deleted), shuffled;
//   bands = 8 of 4 rows, threshold 0.5.
const VOCAB = [
  'account', 'alert', 'batch', 'billing', 'budget', 'cache', 'click', 'customer',
  'daily', 'dashboard', 'data', 'days', 'device', 'discount', 'drift', 'embedding',
  'error', 'event', 'feature', 'index', 'item', 'label', 'latency', 'limit',
  'log', 'metric', 'model', 'monitor', 'offline', 'online', 'order', 'page',
  'password', 'policy', 'price', 'product', 'query', 'quota', 'rank', 'rating',
  'refund', 'region', 'release', 'report', 'request', 'response', 'result', 'retry',
  'review', 'score', 'search', 'serve', 'session', 'ship', 'support', 'timeout',
  'token', 'train', 'update', 'user', 'warehouse', 'weekly', 'window', 'invoice',
];
const PUNCT = [',', '.', '!', ';', ':', ' --', '?'];

function words(g, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(g.choice(VOCAB));
  return out;
}
function replaceSome(g, ws, k) {
  const out = ws.slice();
  for (const pos of g.sample(out.map((_, i) => i), k)) out[pos] = g.choice(VOCAB);
  return out;
}
// Surface noise that must not change the words: upper/title case and punctuation after words.
function noisy(g, ws) {
  const parts = ws.map((w) => {
    const r = g.random();
    const word = r < 0.1 ? w.toUpperCase() : r < 0.2 ? w[0].toUpperCase() + w.slice(1) : w;
    return g.bernoulli(0.15) ? word + g.choice(PUNCT) : word;
  });
  return parts.join(' ') + (g.bernoulli(0.5) ? '.' : '');
}
function edit(g, ws) {
  let out = ws.slice();
  const edits = g.int(0, 3);
  for (let e = 0; e < edits; e++) {
    const kind = g.int(0, 2);
    const pos = g.int(0, out.length - 1);
    if (kind === 0) out[pos] = g.choice(VOCAB);
    else if (kind === 1) out.splice(pos, 0, g.choice(VOCAB));
    else if (out.length > 4) out.splice(pos, 1);
  }
  return out;
}

module.exports = {
  moderate_pairs_2x8(g) {
    const docs = [];
    for (let i = 0; i < 30; i++) {
      const base = words(g, 30);
      docs.push(base.join(' '), replaceSome(g, base, 3).join(' '));
    }
    return [docs, 2, 8, g.float(0.5)];
  },
  edited_copies_1200(g) {
    const originals = [];
    for (let i = 0; i < 900; i++) originals.push(words(g, g.int(6, 34)));
    const docs = originals.map((ws) => (g.bernoulli(0.3) ? noisy(g, ws) : ws.join(' ')));
    for (let i = 0; i < 300; i++) docs.push(noisy(g, edit(g, g.choice(originals))));
    return [g.shuffle(docs), 8, 4, g.float(0.5)];
  },
};
