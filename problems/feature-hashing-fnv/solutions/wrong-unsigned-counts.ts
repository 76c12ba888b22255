export function hash_features(tokens: string[], n_buckets: number): number[] {
  // Correct hash and bucket, but ignores the sign bit: every token adds +1.
  const vec = new Array<number>(n_buckets).fill(0);
  for (const tok of tokens) {
    let h = 0x811c9dc5;
    for (let i = 0; i < tok.length; i++) {
      h ^= tok.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    vec[h % n_buckets] += 1;
  }
  return vec;
}
