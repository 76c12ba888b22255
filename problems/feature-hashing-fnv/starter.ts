/** Signed feature-hashing vector of length n_buckets using 32-bit FNV-1a. */
export function hash_features(tokens: string[], n_buckets: number): number[] {
  throw new Error('not implemented');
}
