/**
 * Schema migrations of attempt records.
 *
 * When `ATTEMPT_SCHEMA_VERSION` is bumped, add a `Migration` from the previous version to
 * `ATTEMPT_MIGRATIONS`. The store migrates a record of an older version when it loads it:
 * it first writes a backup of the original bytes (`backups/<file>.v<old>`), then replaces the
 * record atomically with the migrated one. A record of a NEWER version than this build knows
 * is never migrated, rewritten or deleted: it is skipped and reported.
 */
import { ATTEMPT_SCHEMA_VERSION } from './model';

export interface Migration {
  /** The version this step reads; it produces version `from + 1`. */
  readonly from: number;
  migrate(record: Record<string, unknown>): Record<string, unknown>;
}

/**
 * 1 → 2: version 2 adds explain-it cards (kind `concept`, the optional `card`) and attempts that
 * belong to a mock interview loop (`loopId`). A version-1 record keeps every field and is valid
 * as it is; it was never part of a loop, so a stray `loopId` of unknown meaning is dropped.
 */
export const ATTEMPT_MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    migrate: (record) => {
      const { loopId: _dropped, ...rest } = record;
      return { ...rest, schemaVersion: 2 };
    },
  },
];

/** `schemaVersion` of a parsed JSON value when it is a non-negative integer. */
export function schemaVersionOf(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const v = (raw as { schemaVersion?: unknown }).schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export type MigrationResult = { ok: true; record: Record<string, unknown> } | { ok: false; error: string };

/** Runs the chain of migrations from the record's version up to `target`. */
export function migrateRecord(
  raw: Record<string, unknown>,
  from: number,
  migrations: readonly Migration[] = ATTEMPT_MIGRATIONS,
  target: number = ATTEMPT_SCHEMA_VERSION,
): MigrationResult {
  let record = raw;
  for (let v = from; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, error: `no migration from schema version ${v}` };
    try {
      record = { ...step.migrate(record), schemaVersion: v + 1 };
    } catch (err) {
      return { ok: false, error: `migration from schema version ${v} failed: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  return { ok: true, record };
}
