export function matured_metrics(
  pred_times: number[],
  preds: number[],
  chargeback_times: number[],
  eval_time: number,
  maturity: number,
): number[] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let matured = 0;
  for (let i = 0; i < pred_times.length; i++) {
    const t = pred_times[i];
    if (t + maturity >= eval_time) continue;
    matured++;
    const cb = chargeback_times[i];
    const y = cb !== -1 && cb <= t + maturity;
    if (preds[i] === 1 && y) tp++;
    else if (preds[i] === 1) fp++;
    else if (y) fn++;
  }
  return [tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0, matured];
}
