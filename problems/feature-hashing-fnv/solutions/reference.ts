function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i); // ASCII: one byte per character
    h = Math.imul(h, 0x01000193) >>> 0; // exact multiplication modulo 2^32
  }
  return h >>> 0;
}

export function hash_features(tokens: string[], n_buckets: number): number[] {
  const vec = new Array<number>(n_buckets).fill(0);
  for (const tok of tokens) {
    const h = fnv1a32(tok);
    vec[h % n_buckets] += h >= 0x80000000 ? -1 : 1;
  }
  return vec;
}
