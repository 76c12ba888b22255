/**
 * One-hot encode `column` of the serving rows with a vocabulary fitted on the training CSV.
 * Vocabulary: values with count >= min_count in train, sorted; last position = "other".
 * A missing serving value gives an all-zero vector.
 */
export function one_hot_encode(train_csv: string, serve_csv: string, column: string, min_count: number): number[][] {
  throw new Error('not implemented');
}
