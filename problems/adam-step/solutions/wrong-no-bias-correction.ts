export function adam_step(
  params: number[],
  grads: number[],
  m: number[],
  v: number[],
  t: number,
  lr: number,
  beta1: number,
  beta2: number,
  eps: number,
  weight_decay: number,
): number[][] {
  const newM = m.map((mi, i) => beta1 * mi + (1 - beta1) * grads[i]);
  const newV = v.map((vi, i) => beta2 * vi + (1 - beta2) * grads[i] * grads[i]);
  const newP = params.map((p, i) => p - lr * (newM[i] / (Math.sqrt(newV[i]) + eps) + weight_decay * p));
  return [newP, newM, newV];
}
