export function stratified_split(labels: number[], test_percent: number, seed: number): number[][] {
  let state = seed;
  const nextRand = (): number => {
    state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
    return state;
  };
  const idx = labels.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = nextRand() % (i + 1);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  const nTest = Math.floor((idx.length * test_percent + 50) / 100);
  const test = idx.slice(0, nTest).sort((a, b) => a - b);
  const train = idx.slice(nTest).sort((a, b) => a - b);
  return [train, test];
}
