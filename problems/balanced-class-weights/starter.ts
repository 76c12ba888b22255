/** Balanced weights w_c = n / (n_classes * count_c); 0 for a class with no examples. */
export function class_weights(labels: number[], n_classes: number): number[] {
  throw new Error('not implemented');
}
