/**
 * Return [feature, threshold, score] of the split x[feature] <= threshold with the
 * smallest size-weighted Gini impurity (thresholds at midpoints between consecutive
 * distinct values; ties -> smaller feature, then smaller threshold).
 * With no possible split return [-1, 0, gini_of_all_rows].
 */
export function best_split(X: number[][], y: number[]): number[] {
  throw new Error('not implemented');
}
