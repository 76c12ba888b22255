/**
 * Simulate an LRU cache with a fixed time-to-live; ops are [t, key] (get) or [t, key, value] (put).
 * Return the result of every get (-1 on a miss).
 */
export function feature_cache(capacity: number, ttl: number, ops: number[][]): number[] {
  throw new Error('not implemented');
}
