'use strict';
// rows_2000_classes_10: an ordinary batch of 2000 rows x 10 classes, logits = per-row offset
//   N(0, 0.5) + N(0, 3.9) rounded to 2 decimals, uniformly random labels — a mean over many rows
//   (catches the sum instead of the mean) with moderate logits where any stable method agrees.
module.exports = {
  rows_2000_classes_10(g) {
    const logits = [];
    const labels = [];
    for (let r = 0; r < 2000; r++) {
      const offset = g.normal(0, 0.5);
      const row = [];
      for (let j = 0; j < 10; j++) row.push(g.round(offset + g.normal(0, 3.9), 2));
      logits.push(row);
      labels.push(g.int(0, 9));
    }
    return [logits, labels];
  },
};
