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
  const newP: number[] = [];
  const newM: number[] = [];
  const newV: number[] = [];
  for (let i = 0; i < params.length; i++) {
    const g = grads[i];
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    const mHat = mi / (1 - beta1 ** t);
    const vHat = vi / (1 - beta2 ** t);
    newP.push(params[i] - lr * (mHat / Math.sqrt(vHat + eps) + weight_decay * params[i]));
    newM.push(mi);
    newV.push(vi);
  }
  return [newP, newM, newV];
}
