/**
 * Return {column: {type, missing, mean?}} for a raw CSV text.
 * type is "int", "float", "str" or "empty"; mean is present only for int and float columns.
 */
export function profile_csv(csv_text: string): Record<string, { type: string; missing: number; mean?: number }> {
  throw new Error('not implemented');
}
