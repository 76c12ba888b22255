/**
 * For each label (entity_id, label_time) return the latest non-missing feature value of that
 * entity with label_time - ttl <= event_time < label_time (ties: last row in the file),
 * or `default_value` when there is none.
 */
export function point_in_time_join(labels_csv: string, features_csv: string, ttl: number, default_value: number): number[] {
  throw new Error('not implemented');
}
