/**
 * Clip each serving column to [Q(lower_q), Q(upper_q)] of the training column.
 * Quantiles use linear interpolation between order statistics; missing serving
 * values are returned as NaN.
 */
export function clip_with_train_quantiles(train_csv: string, serve_csv: string, lower_q: number, upper_q: number): number[][] {
  throw new Error('not implemented');
}
