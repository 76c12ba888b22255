/**
 * [threshold, coverage] for the lowest distinct confidence whose accepted set
 * (confidence >= threshold) is at least target_accuracy correct; [Infinity, 0] if none.
 */
export function abstain_threshold(confidences: number[], correct: number[], target_accuracy: number): number[] {
  throw new Error('not implemented');
}
