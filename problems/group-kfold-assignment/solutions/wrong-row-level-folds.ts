export function group_kfold(groups: string[], k: number): number[] {
  // Row-level k-fold: rows are dealt round-robin, so one group's rows land in several folds.
  return groups.map((_, i) => i % k);
}
