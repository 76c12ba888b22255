'use strict';
// region_hidden_1000: 1,000 binary examples, urban 485 / suburban 475 at ~97 % and rural 40 at
//   52.5 % — exactly 95 % overall, so only a per-slice gate catches rural.
// slices_20000: ~20,000 examples over 150 platform slices + 8 small ones (5 classes, min_support 100, bar 0.9),
//   overall accuracy above the bar; ~40 slices fail, 4 sit exactly at the bar (pass), pairs of
//   failing slices tie on accuracy with different supports (name order), and 8 small slices
//   below min_support have poor accuracy (not judged).
function examples(g, name, n, correct, classes) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const y = g.int(0, classes - 1);
    const p = i < correct ? y : (y + g.int(1, classes - 1)) % classes;
    rows.push([y, p, name]);
  }
  return rows;
}

function unzip(rows) {
  return [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])];
}

module.exports = {
  region_hidden_1000(g) {
    const rows = [
      ...examples(g, 'urban', 485, 470, 2),
      ...examples(g, 'suburban', 475, 459, 2),
      ...examples(g, 'rural', 40, 21, 2),
    ];
    return [...unzip(g.shuffle(rows)), 0.9, 30];
  },
  slices_20000(g) {
    const names = [];
    for (const platform of ['android', 'ios', 'web']) {
      for (let k = 0; k < 50; k++) names.push(platform + '-' + String(k).padStart(2, '0'));
    }
    g.shuffle(names);
    const rows = [];
    names.forEach((name, idx) => {
      let n;
      let correct;
      if (idx < 4) {
        n = 100 + 10 * idx; // exactly at the bar: 90/100, 99/110, 108/120, 117/130
        correct = (9 * n) / 10;
      } else if (idx < 10) {
        const pair = [[100, 85], [120, 102], [100, 80], [150, 120], [100, 75], [140, 105]][idx - 4];
        [n, correct] = pair; // three pairs of equal failing accuracies: 0.85, 0.8, 0.75
      } else if (idx < 44) {
        n = g.int(100, 140);
        correct = Math.round(n * g.uniform(0.68, 0.895));
      } else {
        n = g.int(110, 165);
        correct = Math.min(n, Math.round(n * g.uniform(0.925, 1.0)));
      }
      rows.push(...examples(g, name, n, correct, 5));
    });
    for (let k = 0; k < 8; k++) {
      const n = g.int(20, 99);
      rows.push(...examples(g, 'tv-' + String(k).padStart(2, '0'), n, Math.round(n * g.uniform(0.4, 0.85)), 5));
    }
    return [...unzip(g.shuffle(rows)), 0.9, 100];
  },
};
