export function hash_features(tokens: string[], n_buckets: number): number[] {
  // Multiplies in floating point before taking the remainder: products above 2^53 are rounded,
  // so the "mod 2^32" value is not the exact FNV-1a hash.
  const vec = new Array<number>(n_buckets).fill(0);
  for (const tok of tokens) {
    let h = 2166136261;
    for (let i = 0; i < tok.length; i++) {
      h = (h ^ tok.charCodeAt(i)) >>> 0;
      h = (h * 16777619) % 4294967296;
    }
    vec[h % n_buckets] += h >= 2147483648 ? -1 : 1;
  }
  return vec;
}
