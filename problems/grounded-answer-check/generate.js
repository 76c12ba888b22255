'use strict';
// claims_vs_passages: 300 passages of 50-100 tokens from a 400-word vocabulary (alpha0..alpha399,
// so "alpha1" is a substring of "alpha12") plus stopwords, scores with 2 decimals in [0.01, 1]
// (min_score 0.4 leaves ~60 % usable); 300 claims of 2-8 content words, each taken from one random
// passage (usable or not) with 0-3 words swapped for words that passage lacks. Supports hit 0.75
// exactly (3/4, 6/8), weak passages back some claims, and the union of all usable passages covers
// nearly every word: this separates the score gate, >=, whole-token and single-passage rules.
const STOPWORDS = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'to', 'was', 'were', 'with'];
const VOCAB = 400;
function word(g) { return 'alpha' + g.int(0, VOCAB - 1); }
module.exports = {
  claims_vs_passages(g) {
    const passages = [];
    const words = [];
    for (let j = 0; j < 300; j++) {
      const len = g.int(50, 100);
      const toks = [];
      for (let t = 0; t < len; t++) toks.push(g.bernoulli(0.08) ? g.choice(STOPWORDS) : word(g));
      words.push(toks.filter((t) => !STOPWORDS.includes(t)));
      passages.push(toks.map((t, t2) => (t2 > 0 && g.bernoulli(0.05) ? ', ' : ' ') + t).join('').slice(1) + '.');
    }
    const scores = [];
    for (let j = 0; j < 300; j++) scores.push(g.round(g.int(1, 100) / 100, 2));
    const claims = [];
    for (let i = 0; i < 300; i++) {
      const src = g.int(0, 299);
      const have = new Set(words[src]);
      const k = g.int(2, 8);
      const swapped = g.bernoulli(0.4) ? 0 : Math.min(k - 1, g.int(1, 3));
      const chosen = g.sample([...have], k - swapped);
      while (chosen.length < k) {
        const w = word(g);
        if (!have.has(w) && !chosen.includes(w)) chosen.push(w);
      }
      g.shuffle(chosen);
      if (g.bernoulli(0.25)) chosen.splice(g.int(1, chosen.length - 1), 0, g.choice(STOPWORDS));
      const text = chosen.join(' ');
      claims.push(text[0].toUpperCase() + text.slice(1) + '.');
    }
    return [claims, passages, scores, 0.4, 0.75];
  },
};
