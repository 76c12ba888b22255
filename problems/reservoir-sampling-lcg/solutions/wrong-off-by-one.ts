export function reservoir_sample(stream: number[], k: number, seed: number): number[] {
  // Off by one: scales the draw to 0..i-1, so item i is kept with probability k/i, not k/(i+1).
  if (k <= 0) return [];
  let state = seed;
  const reservoir = stream.slice(0, k);
  for (let i = k; i < stream.length; i++) {
    state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
    const j = Math.floor((state * i) / 2147483648);
    if (j < k) reservoir[j] = stream[i];
  }
  return reservoir;
}
