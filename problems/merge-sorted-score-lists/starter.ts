/** Merge per-shard ranked [item_id, score] lists into the global top-k distinct item ids. */
export function merge_top_k(shards: [string, number][][], k: number): string[] {
  throw new Error('not implemented');
}
