/**
 * [precision, recall, n_matured] over transactions with t + maturity <= eval_time;
 * label = chargeback recorded (not -1) at a time <= t + maturity.
 */
export function matured_metrics(
  pred_times: number[],
  preds: number[],
  chargeback_times: number[],
  eval_time: number,
  maturity: number,
): number[] {
  throw new Error('not implemented');
}
