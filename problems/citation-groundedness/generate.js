'use strict';
// claims_10000: one long answer of 10,000 claims citing sources 0..199 (~20,000 citations, ~16,000
//   support pairs, shuffled, a few duplicated). ~10 % of claims cite nothing (hallucinations);
//   claims citing more sources have less precise citations (so pooled and per-claim-averaged
//   precision differ); some claims are supported only by a source they do not cite. The size
//   makes scanning the support list per citation time out.
module.exports = {
  claims_10000(g) {
    const nClaims = 10000;
    const precisionByCount = [0, 0.8, 0.7, 0.55, 0.45, 0.35];
    const sources = [];
    for (let s = 0; s < 200; s++) sources.push(s);
    const claimCitations = [];
    const supports = [];
    for (let i = 0; i < nClaims; i++) {
      const count = g.weighted([0, 1, 2, 3, 4, 5], [10, 30, 28, 20, 8, 4]);
      const picked = g.sample(sources, count + 1);
      const cited = picked.slice(0, count);
      for (const s of cited) if (g.bernoulli(precisionByCount[count])) supports.push([i, s]);
      // support from a source the claim does not cite (the judge found it, the model did not cite it)
      if (g.bernoulli(0.15)) supports.push([i, picked[count]]);
      claimCitations.push(cited);
    }
    for (let d = 0; d < 60; d++) supports.push(g.choice(supports).slice());
    return [claimCitations, g.shuffle(supports)];
  },
};
