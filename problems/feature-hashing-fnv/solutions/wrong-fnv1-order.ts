export function hash_features(tokens: string[], n_buckets: number): number[] {
  // FNV-1 (multiply, then XOR) instead of FNV-1a (XOR, then multiply).
  const vec = new Array<number>(n_buckets).fill(0);
  for (const tok of tokens) {
    let h = 0x811c9dc5;
    for (let i = 0; i < tok.length; i++) {
      h = Math.imul(h, 0x01000193) >>> 0;
      h = (h ^ tok.charCodeAt(i)) >>> 0;
    }
    vec[h % n_buckets] += h >= 0x80000000 ? -1 : 1;
  }
  return vec;
}
