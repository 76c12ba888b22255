/**
 * softmax(q k^T / sqrt(d)) v, where the softmax of query i runs only over keys j with
 * mask[i][j] true. A query with no allowed key gets a zero row.
 */
export function masked_attention(q: number[][], k: number[][], v: number[][], mask: boolean[][]): number[][] {
  throw new Error('not implemented');
}
