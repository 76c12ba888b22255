/**
 * Return [trainEncodings, serveEncodings].
 * Training row i (fold i % n_folds) is encoded from the rows of the other folds;
 * serving rows are encoded from all training rows. enc = (S + m * prior) / (N + m).
 */
export function target_encode(train_csv: string, serve_csv: string, column: string, target: string,
                              n_folds: number, smoothing: number): number[][] {
  throw new Error('not implemented');
}
