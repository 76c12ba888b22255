/**
 * FGSM on softmax regression: x + eps * sign(W^T (softmax(W x + b) - onehot(y))),
 * clamped feature-wise to [lo, hi]. sign(0) = 0.
 */
export function fgsm_attack(
  x: number[][],
  labels: number[],
  W: number[][],
  b: number[],
  eps: number,
  lo: number[],
  hi: number[],
): number[][] {
  throw new Error('not implemented');
}
