/**
 * Return, per row in file order, the 0-based session number of the event within its user
 * (new session when the time since the user's previous event exceeds gap); -1 for rows
 * with an empty user_id or ts.
 */
export function sessionize(csv_text: string, gap: number): number[] {
  throw new Error('not implemented');
}
