/**
 * Fill missing serving values with per-column medians learned from the training CSV.
 * A column with no training values uses 0.0. Returns the serving rows as numbers.
 */
export function impute_for_serving(train_csv: string, serve_csv: string): number[][] {
  throw new Error('not implemented');
}
