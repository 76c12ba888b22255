export function reservoir_sample(stream: number[], k: number, seed: number): number[] {
  if (k <= 0) return [];
  let state = seed;
  const reservoir = stream.slice(0, k);
  for (let i = k; i < stream.length; i++) {
    // Math.imul gives the exact low 32 bits of the product; the low 31 bits are the result mod 2^31.
    state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
    const j = Math.floor((state * (i + 1)) / 2147483648); // exact: the product is below 2^53
    if (j < k) reservoir[j] = stream[i];
  }
  return reservoir;
}
