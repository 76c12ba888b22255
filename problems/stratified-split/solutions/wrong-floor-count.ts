export function stratified_split(labels: number[], test_percent: number, seed: number): number[][] {
  let state = seed;
  const nextRand = (): number => {
    state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
    return state;
  };
  const byClass = new Map<number, number[]>();
  labels.forEach((y, i) => {
    if (!byClass.has(y)) byClass.set(y, []);
    byClass.get(y)!.push(i);
  });
  const train: number[] = [];
  const test: number[] = [];
  for (const y of [...byClass.keys()].sort((a, b) => a - b)) {
    const idx = byClass.get(y)!;
    for (let i = idx.length - 1; i > 0; i--) {
      const j = nextRand() % (i + 1);
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    const nTest = Math.floor((idx.length * test_percent) / 100);
    test.push(...idx.slice(0, nTest));
    train.push(...idx.slice(nTest));
  }
  return [train.sort((a, b) => a - b), test.sort((a, b) => a - b)];
}
