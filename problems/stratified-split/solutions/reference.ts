export function stratified_split(labels: number[], test_percent: number, seed: number): number[][] {
  let state = seed;
  // (1103515245 * state + 12345) mod 2^31; Math.imul keeps the exact low 32 bits of the product.
  const nextRand = (): number => {
    state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
    return state;
  };

  const byClass = new Map<number, number[]>();
  labels.forEach((y, i) => {
    const list = byClass.get(y);
    if (list) list.push(i);
    else byClass.set(y, [i]);
  });

  const train: number[] = [];
  const test: number[] = [];
  const classes = [...byClass.keys()].sort((a, b) => a - b);
  for (const y of classes) {
    const idx = byClass.get(y)!;
    for (let i = idx.length - 1; i > 0; i--) {
      const j = nextRand() % (i + 1);
      const tmp = idx[i];
      idx[i] = idx[j];
      idx[j] = tmp;
    }
    const nTest = Math.floor((idx.length * test_percent + 50) / 100);
    for (let k = 0; k < idx.length; k++) (k < nTest ? test : train).push(idx[k]);
  }
  train.sort((a, b) => a - b);
  test.sort((a, b) => a - b);
  return [train, test];
}
