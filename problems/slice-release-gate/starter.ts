/**
 * Slices that block a release.
 * A slice with at least min_support examples fails when its accuracy is
 * strictly below min_accuracy. Return the failing slice names sorted by
 * accuracy ascending, ties by name ascending.
 */
export function failing_slices(
  labels: number[],
  preds: number[],
  slices: string[],
  min_accuracy: number,
  min_support: number,
): string[] {
  throw new Error('not implemented');
}
