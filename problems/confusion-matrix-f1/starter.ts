/**
 * Confusion-matrix counts and precision / recall / F1 for the positive class 1.
 * Return { tp, fp, fn, tn, precision, recall, f1 }.
 * A ratio whose denominator is 0 is 0.
 */
export function binary_report(
  y_true: number[],
  y_pred: number[],
): { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number } {
  throw new Error('not implemented');
}
