/**
 * Return the ascending indices of the rows to keep: per normalised key (trimmed,
 * lower-cased) the row with the largest integer order_by (empty = oldest; ties: last row).
 * Rows with an empty key are all kept.
 */
export function dedup_latest(csv_text: string, key: string, order_by: string): number[] {
  throw new Error('not implemented');
}
