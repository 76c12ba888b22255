export function binary_report(y_true: number[], y_pred: number[]) {
  // Divides without checking the denominators: NaN when nothing is predicted
  // positive or there are no positives.
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < y_true.length; i++) {
    if (y_true[i] === 1 && y_pred[i] === 1) tp++;
    else if (y_true[i] === 0 && y_pred[i] === 1) fp++;
    else if (y_true[i] === 1 && y_pred[i] === 0) fn++;
  }
  const tn = y_true.length - tp - fp - fn;
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}
