export function binary_report(y_true: number[], y_pred: number[]) {
  // F1 as the arithmetic mean of precision and recall instead of the harmonic mean.
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < y_true.length; i++) {
    if (y_true[i] === 1 && y_pred[i] === 1) tp++;
    else if (y_true[i] === 0 && y_pred[i] === 1) fp++;
    else if (y_true[i] === 1 && y_pred[i] === 0) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = (precision + recall) / 2;
  return { tp, fp, fn, tn, precision, recall, f1 };
}
