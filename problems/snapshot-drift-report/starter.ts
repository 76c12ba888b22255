/**
 * Return {column: {mean_shift, missing_delta, drifted}} per reference column.
 * mean_shift = |mean_cur - mean_ref| / std_ref (population std; 1 if std_ref <= 1e-9);
 * missing_delta = share_cur - share_ref; drifted if either exceeds its threshold.
 */
export function drift_report(reference_csv: string, current_csv: string, mean_threshold: number, missing_threshold: number):
  Record<string, { mean_shift: number; missing_delta: number; drifted: boolean }> {
  throw new Error('not implemented');
}
