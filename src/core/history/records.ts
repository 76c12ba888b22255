/**
 * Reading and writing one attempt record, and dealing with what is wrong with a record read.
 *
 * Damage: a record that is empty, truncated, not JSON or not a valid attempt is renamed to
 * `*.corrupt-<time>` and reported once (as a `StoreIssue`); the other records load. A record
 * from a NEWER schema is skipped, reported, and never rewritten or deleted (`assertNotNewer`
 * refuses it). A record from an older schema is backed up and then migrated in place.
 *
 * I/O errors other than "file not found" never cause a file to be moved or rewritten; the
 * record is reported as `unreadable` and tried again at the next load.
 */
import { join } from 'node:path';
import type { AtomicWriteOptions } from './atomicWrite';
import { prepareWrite, renameWithRetry, writeFileAtomic } from './atomicWrite';
import type { FileSystem } from './fileSystem';
import { errorCode, errorMessage } from './fileSystem';
import type { Migration } from './migrate';
import { migrateRecord, schemaVersionOf } from './migrate';
import type { Attempt } from './model';
import { ATTEMPT_SCHEMA_VERSION, parseAttempt } from './model';
import { STALE_TEMP_MS, attemptFileName, serializeAttempt, snapshotFileName } from './storeFiles';

/** What a load found wrong, for one warning in the UI. `file` is an absolute path. */
export type StoreIssue =
  | {
      readonly kind: 'corrupt';
      readonly file: string;
      readonly reason: 'empty' | 'truncated' | 'not-json' | 'invalid';
      readonly detail: string;
      /** Where the file was moved; null when moving it failed (it is reported again next load). */
      readonly movedTo: string | null;
    }
  | { readonly kind: 'newer-schema'; readonly file: string; readonly schemaVersion: number }
  | { readonly kind: 'migration-failed'; readonly file: string; readonly schemaVersion: number; readonly detail: string }
  | { readonly kind: 'unreadable'; readonly file: string; readonly detail: string };

export type HistoryStoreErrorCode = 'newer-schema' | 'invalid-attempt' | 'invalid-snapshot';

export class HistoryStoreError extends Error {
  constructor(
    readonly code: HistoryStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HistoryStoreError';
  }
}

/** One record as read: a valid attempt (migrated if needed), a newer one, none, or a damaged one (reported). */
export type LoadedRecord =
  | { readonly status: 'ok'; readonly attempt: Attempt; readonly size: number }
  | { readonly status: 'newer'; readonly schemaVersion: number }
  | { readonly status: 'gone' }
  | { readonly status: 'bad' };

export interface RecordFilesOptions {
  readonly fs: FileSystem;
  readonly attemptsDir: string;
  readonly snapshotsDir: string;
  readonly backupsDir: string;
  readonly migrations: readonly Migration[];
  readonly write: AtomicWriteOptions;
  /** The time used in `*.corrupt-<time>` names and for stale temporary files. */
  readonly now: () => Date;
  readonly isProcessAlive: (pid: number) => boolean;
  readonly report: (issue: StoreIssue) => void;
}

export function defaultIsProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === 'EPERM';
  }
}

function timeStamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

function classifyUnparsable(text: string): 'empty' | 'truncated' | 'not-json' {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'empty';
  return trimmed.startsWith('{') ? 'truncated' : 'not-json';
}

function newerError(name: string, version: number): HistoryStoreError {
  return new HistoryStoreError('newer-schema', `${name} was written by a newer version (schema ${version}); it is left untouched`);
}

export class RecordFiles {
  constructor(private readonly o: RecordFilesOptions) {}

  /**
   * Reads one record and deals with what is wrong with it: moves a damaged one aside, migrates
   * an older one (after a backup), reports a newer one.
   */
  async load(name: string): Promise<LoadedRecord> {
    const { fs, attemptsDir, backupsDir, write } = this.o;
    const path = join(attemptsDir, name);
    let text: string;
    try {
      text = await fs.readText(path);
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return { status: 'gone' };
      this.o.report({ kind: 'unreadable', file: path, detail: errorMessage(err) });
      return { status: 'bad' };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      const reason = classifyUnparsable(text);
      return this.moveAside(name, reason, reason === 'empty' ? 'the file is empty' : errorMessage(err));
    }
    const version = schemaVersionOf(raw);
    if (version === undefined) return this.moveAside(name, 'invalid', 'no valid schemaVersion');
    if (version > ATTEMPT_SCHEMA_VERSION) return { status: 'newer', schemaVersion: version };

    let record = raw as Record<string, unknown>;
    let migrated = false;
    if (version < ATTEMPT_SCHEMA_VERSION) {
      const result = migrateRecord(record, version, this.o.migrations);
      if (!result.ok) {
        this.o.report({ kind: 'migration-failed', file: path, schemaVersion: version, detail: result.error });
        return { status: 'bad' };
      }
      record = result.record;
      migrated = true;
    }
    const parsed = parseAttempt(record);
    if (!parsed.ok) {
      if (migrated) {
        this.o.report({ kind: 'migration-failed', file: path, schemaVersion: version, detail: parsed.error });
        return { status: 'bad' };
      }
      return this.moveAside(name, 'invalid', parsed.error);
    }
    if (parsed.attempt.id !== name.slice(0, -'.json'.length)) return this.moveAside(name, 'invalid', `the record's id ${parsed.attempt.id} does not match its file name`);

    let size = Buffer.byteLength(text);
    if (migrated) {
      const data = serializeAttempt(parsed.attempt);
      try {
        await fs.mkdirp(backupsDir);
        await writeFileAtomic(fs, backupsDir, `${name}.v${version}`, text, write);
        await writeFileAtomic(fs, attemptsDir, name, data, write);
        size = Buffer.byteLength(data);
      } catch (err) {
        this.o.report({ kind: 'migration-failed', file: path, schemaVersion: version, detail: `could not write: ${errorMessage(err)}` });
        return { status: 'bad' };
      }
    }
    return { status: 'ok', attempt: parsed.attempt, size };
  }

  /**
   * Writes a record and the code of some of its runs, each atomically; returns the record's size
   * in bytes. All files are written and flushed in parallel; the snapshots are renamed into
   * place before the record that references them, so a record never lacks its code.
   */
  async write(attempt: Attempt, snapshots: readonly { index: number; code: string }[]): Promise<number> {
    const { fs, attemptsDir, snapshotsDir, write } = this.o;
    const data = serializeAttempt(attempt);
    const settled = await Promise.allSettled([
      prepareWrite(fs, attemptsDir, attemptFileName(attempt.id), data, write),
      ...snapshots.map((s) => prepareWrite(fs, snapshotsDir, snapshotFileName(attempt.id, s.index), s.code, write)),
    ]);
    const prepared = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    const [record, ...codeFiles] = prepared;
    if (failed || !record) {
      await Promise.all(prepared.map((p) => p.abort()));
      throw failed?.reason ?? new Error('write failed');
    }
    try {
      await Promise.all(codeFiles.map((p) => p.commit()));
    } catch (err) {
      await record.abort();
      throw err;
    }
    await record.commit();
    return Buffer.byteLength(data);
  }

  /**
   * Throws `newer-schema` when the record is known to be from a newer schema (`knownNewer`), or
   * is on disk now: another window of a newer version may have rewritten it since it was loaded.
   */
  async assertNotNewer(name: string, knownNewer: number | null | undefined): Promise<void> {
    if (knownNewer != null) throw newerError(name, knownNewer);
    let text: string;
    try {
      text = await this.o.fs.readText(join(this.o.attemptsDir, name));
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return;
      throw err;
    }
    let version: number | undefined;
    try {
      version = schemaVersionOf(JSON.parse(text));
    } catch {
      return; // damaged: replacing it with a valid record is fine
    }
    if (version !== undefined && version > ATTEMPT_SCHEMA_VERSION) throw newerError(name, version);
  }

  /** Whether a temporary file was left by a writer that died, or is older than `STALE_TEMP_MS`. */
  async isStaleTemp(path: string, pid: number): Promise<boolean> {
    if (pid === process.pid) return false;
    if (!this.o.isProcessAlive(pid)) return true;
    const st = await this.o.fs.stat(path).catch(() => undefined);
    return st !== undefined && st.mtimeMs < this.o.now().getTime() - STALE_TEMP_MS;
  }

  private async moveAside(name: string, reason: 'empty' | 'truncated' | 'not-json' | 'invalid', detail: string): Promise<LoadedRecord> {
    const from = join(this.o.attemptsDir, name);
    const to = `${from}.corrupt-${timeStamp(this.o.now())}`;
    try {
      await renameWithRetry(this.o.fs, from, to, this.o.write);
    } catch (err) {
      // Another window moved it first: it reports it, not us.
      if (errorCode(err) === 'ENOENT') return { status: 'gone' };
      this.o.report({ kind: 'corrupt', file: from, reason, detail, movedTo: null });
      return { status: 'bad' };
    }
    this.o.report({ kind: 'corrupt', file: from, reason, detail, movedTo: to });
    return { status: 'bad' };
  }
}
