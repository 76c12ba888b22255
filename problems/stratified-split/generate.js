'use strict';
// Labels with exact class counts, scattered over the rows by a shuffle:
// rare_classes_1000: 1000 rows of classes 0, 1, 7 (950 / 40 / 10; labels not contiguous), 30 % test.
// four_classes_2000: 2000 rows of classes 0-3 (1800 / 164 / 19 / 17), 15 % test; the three small
//   classes have shares with fraction >= .5 (24.6, 2.85, 2.55), so rounding down is caught.
function labels(g, counts) {
  const out = [];
  for (const [label, count] of counts) for (let i = 0; i < count; i++) out.push(label);
  return g.shuffle(out);
}
module.exports = {
  rare_classes_1000(g) {
    return [labels(g, [[0, 950], [1, 40], [7, 10]]), 30, 2024];
  },
  four_classes_2000(g) {
    return [labels(g, [[0, 1800], [1, 164], [2, 19], [3, 17]]), 15, 31];
  },
};
