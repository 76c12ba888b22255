/**
 * Return [[group, count, mean, median], ...] sorted by count desc, then group name asc.
 * Rows whose key or value field is empty are ignored.
 */
export function group_aggregate(csv_text: string, key: string, value: string): (string | number)[][] {
  throw new Error('not implemented');
}
