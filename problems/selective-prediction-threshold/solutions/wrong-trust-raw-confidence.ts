export function abstain_threshold(confidences: number[], correct: number[], target_accuracy: number): number[] {
  const eligible = confidences.filter((c) => c >= target_accuracy);
  if (eligible.length === 0) return [Infinity, 0];
  return [Math.min(...eligible), eligible.length / confidences.length];
}
