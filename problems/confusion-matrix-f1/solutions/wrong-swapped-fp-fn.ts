export function binary_report(y_true: number[], y_pred: number[]) {
  // Mixes up which off-diagonal cell is a false positive and which a false
  // negative, so precision and recall come out swapped.
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < y_true.length; i++) {
    const t = y_true[i];
    const p = y_pred[i];
    if (t === 1 && p === 1) tp++;
    else if (t === 1 && p === 0) fp++;
    else if (t === 0 && p === 1) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1 };
}
