/**
 * The Past Attempts tree's model: attempts newest first, grouped by problem or by local day,
 * and for each attempt the previous attempt of the same problem that has code (for diffs).
 * Linear in the number of attempts after one sort, so 10,000 attempts group in milliseconds.
 */
import type { AttemptSummary } from './model';

export type AttemptGrouping = 'problem' | 'day';

export interface AttemptGroup {
  key: string;
  label: string;
  attempts: AttemptSummary[];
}

export interface GroupedAttempts {
  groups: AttemptGroup[];
  /** Attempt id → the previous attempt of the same problem with a code snapshot. */
  previous: Map<string, AttemptSummary>;
}

const newestFirst = (a: AttemptSummary, b: AttemptSummary): number => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id);

/** `YYYY-MM-DD` of an instant in the given zone offset (minutes east of UTC). */
export function localDateKey(iso: string, offsetMinutes: (at: Date) => number = (d) => -d.getTimezoneOffset()): string {
  const d = new Date(iso);
  return new Date(d.getTime() + offsetMinutes(d) * 60_000).toISOString().slice(0, 10);
}

export function groupAttempts(list: readonly AttemptSummary[], mode: AttemptGrouping, dayLabel: (key: string, iso: string) => string = (k) => k): GroupedAttempts {
  const sorted = [...list].sort(newestFirst);
  const groups = new Map<string, AttemptGroup>();
  for (const a of sorted) {
    const key = mode === 'problem' ? a.problemId : localDateKey(a.startedAt);
    let g = groups.get(key);
    if (!g) {
      g = { key, label: mode === 'problem' ? a.title : dayLabel(key, a.startedAt), attempts: [] };
      groups.set(key, g);
    }
    g.attempts.push(a);
  }
  // Walk each problem's attempts oldest → newest, remembering the last one with code.
  const previous = new Map<string, AttemptSummary>();
  const lastWithCode = new Map<string, AttemptSummary>();
  for (let i = sorted.length - 1; i >= 0; i--) {
    const a = sorted[i] as AttemptSummary;
    const prev = lastWithCode.get(a.problemId);
    if (prev) previous.set(a.id, prev);
    if (a.snapshotRuns.length > 0) lastWithCode.set(a.problemId, a);
  }
  return { groups: [...groups.values()], previous };
}
