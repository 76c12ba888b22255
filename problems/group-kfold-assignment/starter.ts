/**
 * Fold index per row; whole groups, largest first (ties: smaller id), into the least-loaded fold
 * (ties: lower index).
 */
export function group_kfold(groups: string[], k: number): number[] {
  throw new Error('not implemented');
}
